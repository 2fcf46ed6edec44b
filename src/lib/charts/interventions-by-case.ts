import { Plot } from "./lazy.ts";
import { caseName, CASE_ORDER } from "../data/derive.ts";
import type { InterventionRow } from "../schemas/datasets.ts";
import {
  BASIS_LABEL,
  COVID_EFFECT_LABEL,
  COVID_EFFECTS,
  DISCONTINUITY_KIND_LABEL,
  POLICY_AREA_LABEL,
  POLICY_AREAS,
} from "../schemas/vocabularies.ts";
import { estimateTextWidth } from "../format/text-width.ts";
import { color } from "./palette.ts";
import type { PlotChart } from "./types.ts";

/** The source does not say what the pandemic did to every line: those are shown apart, in grey. */
const UNKNOWN_LABEL = "Effetto non indicato dalla fonte";
const effectColor = (e: InterventionRow["covid_effect"]) => (e ? color(COVID_EFFECTS.indexOf(e)) : "var(--muted-fill)");
const effectLabel = (e: InterventionRow["covid_effect"]) => (e ? COVID_EFFECT_LABEL[e] : UNKNOWN_LABEL);

/** Areas that have at least one intervention, in vocabulary order. */
function areas(rows: readonly InterventionRow[]) {
  return POLICY_AREAS.filter((a) => rows.some((r) => r.policy_area === a));
}

/** Pixel geometry of the grid of cells, from which the dots of one cell are spaced. */
export interface CellLayout {
  /** Width of one policy-area column, px. */
  colWidth: number;
  /** Height of one case row, px. */
  rowHeight: number;
  /** Smallest distance between two dot centres, px: a dot's outer diameter plus a gap. */
  step: number;
}

/**
 * One dot per line of intervention, in its case × policy-area cell: `x` in
 * columns (0 = first area) and `y` in rows (0 = first case). Dots sharing a
 * cell stand side by side `step` px apart, centred on the cell; more than fit
 * across a column (keeping `step` from the next column's dots) wrap onto lines
 * above and below. Offsets are computed here because Plot's dx and dy are
 * constants of a mark, not channels. Deterministic: a cell's dots in id order.
 */
export function placeInterventions(rows: readonly InterventionRow[], layout: CellLayout) {
  const cols = areas(rows);
  const groups = new Map<string, InterventionRow[]>();
  for (const r of [...rows].sort((a, b) => a.id.localeCompare(b.id))) {
    const key = `${r.case_id}|${r.policy_area}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const perLine = Math.max(1, Math.floor(layout.colWidth / layout.step));
  return [...groups.values()].flatMap((g) => {
    const lines = Math.ceil(g.length / perLine);
    return g.map((r, i) => {
      const line = Math.floor(i / perLine);
      const inLine = line < lines - 1 ? perLine : g.length - line * perLine;
      const dx = (i - line * perLine - (inLine - 1) / 2) * layout.step;
      const dy = (line - (lines - 1) / 2) * layout.step;
      return {
        ...r,
        x: cols.indexOf(r.policy_area) + dx / layout.colWidth,
        y: CASE_ORDER.indexOf(r.case_id) + dy / layout.rowHeight,
      };
    });
  });
}

export const interventionsByCase: PlotChart = {
  kind: "plot",
  id: "interventions-by-case",
  title: "Le linee di intervento e la pandemia",
  subtitle: "Ogni punto è una linea di intervento descritta nel capitolo 3, per caso e area di policy; il colore dice che cosa ne ha fatto la pandemia.",
  source: "Fonte: rapporto di valutazione, cap. 3 e 4; classificazione dell'effetto della pandemia a cura del sito dove non dichiarata.",
  datasets: ["interventions", "cases"],
  note: (data) =>
    data.interventions.some((r) => r.covid_basis === "dedotto")
      ? "I punti vuoti hanno un effetto della pandemia dedotto dal testo, non dichiarato esplicitamente."
      : undefined,
  legend: (data) => [
    ...COVID_EFFECTS.filter((e) => data.interventions.some((r) => r.covid_effect === e)).map((e) => ({
      label: COVID_EFFECT_LABEL[e],
      color: effectColor(e),
    })),
    ...(data.interventions.some((r) => !r.covid_effect) ? [{ label: UNKNOWN_LABEL, color: effectColor(undefined) }] : []),
  ],
  describe(data) {
    const rows = data.interventions;
    const counts = [...COVID_EFFECTS, undefined]
      .map((e) => [e, rows.filter((r) => r.covid_effect === e).length] as const)
      .filter(([, n]) => n > 0);
    return (
      `${rows.length} linee di intervento nei quattro casi. Effetto della pandemia: ` +
      counts.map(([e, n]) => `${effectLabel(e).toLowerCase()} ${n}`).join(", ") +
      ". " +
      CASE_ORDER.map(
        (c) =>
          `${caseName(data, c)}: ` +
          rows
            .filter((r) => r.case_id === c)
            .map((r) => `${r.line} (${effectLabel(r.covid_effect).toLowerCase()})`)
            .join(", "),
      ).join(". ") +
      "."
    );
  },
  table(data) {
    return {
      columns: [
        { key: "caso", label: "Caso" },
        { key: "linea", label: "Linea di intervento" },
        { key: "area", label: "Area di policy" },
        { key: "effetto_pandemia", label: "Effetto della pandemia" },
        { key: "base", label: "Base" },
        { key: "discontinuita", label: "Discontinuità (cap. 4.1)" },
      ],
      rows: CASE_ORDER.flatMap((c) =>
        data.interventions
          .filter((r) => r.case_id === c)
          .map((r) => ({
            caso: caseName(data, c),
            linea: r.line,
            area: POLICY_AREA_LABEL[r.policy_area],
            effetto_pandemia: effectLabel(r.covid_effect),
            base: r.covid_basis ? BASIS_LABEL[r.covid_basis] : "—",
            discontinuita: r.discontinuity ? DISCONTINUITY_KIND_LABEL[r.discontinuity] : "—",
          })),
      ),
    };
  },
  spec(data, size) {
    const cols = areas(data.interventions);
    const r = 0.7 * size.fontSize;
    // Outer radius of a dot: the filled dots' halo (1.5 wide, in the background colour)
    // reaches 0.75 beyond r, the hollow dots' ring (2.5 wide, on r - 1) 0.25.
    const outer = r + 0.75;
    const margin = { top: size.fontSize, right: size.fontSize, left: 8 * size.fontSize };
    // Area names are rotated: the padding keeps the top of a name's last letter
    // (the accent of «Mobilità») clear of its tick.
    const tickPadding = Math.round(0.8 * size.fontSize);
    const longest = Math.max(...cols.map((a) => estimateTextWidth(POLICY_AREA_LABEL[a], size.fontSize)));
    const marginBottom = Math.ceil(6 + tickPadding + longest * Math.sin(Math.PI / 6) + size.fontSize / 2);
    const rowHeight = 2.6 * size.fontSize;
    const layout: CellLayout = {
      colWidth: (size.width - margin.left - margin.right) / cols.length,
      rowHeight,
      step: 2 * outer + 1,
    };
    const rows = placeInterventions(data.interventions, layout).map((d) => ({
      ...d,
      name: caseName(data, d.case_id),
      fill: effectColor(d.covid_effect),
    }));
    type R = (typeof rows)[number];
    const tip = (d: R) =>
      `${d.name} — ${d.line} (${POLICY_AREA_LABEL[d.policy_area]}): ${effectLabel(d.covid_effect).toLowerCase()}${d.covid_basis === "dedotto" ? ", dedotto dal testo" : ""}`;
    return {
      height: margin.top + CASE_ORDER.length * rowHeight + marginBottom,
      marginTop: margin.top,
      marginRight: margin.right,
      marginLeft: margin.left,
      marginBottom,
      x: {
        label: null,
        domain: [-0.5, cols.length - 0.5],
        ticks: cols.map((_, i) => i),
        tickFormat: (i: number) => POLICY_AREA_LABEL[cols[i]!],
        tickRotate: -30,
        tickPadding,
      },
      // Rows as numbers (not names) so that dots can sit a little above or below their row.
      y: {
        label: null,
        domain: [CASE_ORDER.length - 0.5, -0.5],
        ticks: CASE_ORDER.map((_, i) => i),
        tickFormat: (i: number) => caseName(data, CASE_ORDER[i]!),
        grid: true,
      },
      color: { type: "identity" },
      marks: [
        Plot.dot(
          rows.filter((d) => d.covid_basis !== "dedotto"),
          { x: "x", y: "y", r, fill: "fill", stroke: "var(--bg)", title: tip },
        ),
        Plot.dot(
          rows.filter((d) => d.covid_basis === "dedotto"),
          { x: "x", y: "y", r: r - 1, fill: "var(--bg)", stroke: "fill", strokeWidth: 2.5, title: tip },
        ),
      ],
    };
  },
};
