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

/**
 * One dot per line of intervention, placed in its case × policy-area cell; dots
 * sharing a cell are spread horizontally (computed here: Plot's dx is not a channel).
 */
export function placeInterventions(rows: readonly InterventionRow[]) {
  const cols = areas(rows);
  const groups = new Map<string, InterventionRow[]>();
  for (const r of [...rows].sort((a, b) => a.id.localeCompare(b.id))) {
    const key = `${r.case_id}|${r.policy_area}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].flatMap((g) =>
    g.map((r, i) => ({ ...r, x: cols.indexOf(r.policy_area) + (i - (g.length - 1) / 2) * 0.22 })),
  );
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
    const rows = placeInterventions(data.interventions).map((r) => ({
      ...r,
      name: caseName(data, r.case_id),
      fill: effectColor(r.covid_effect),
    }));
    type R = (typeof rows)[number];
    const tip = (r: R) =>
      `${r.name} — ${r.line} (${POLICY_AREA_LABEL[r.policy_area]}): ${effectLabel(r.covid_effect).toLowerCase()}${r.covid_basis === "dedotto" ? ", dedotto dal testo" : ""}`;
    const r = 0.7 * size.fontSize;
    return {
      height: CASE_ORDER.length * 3.2 * size.fontSize + 60,
      marginLeft: 8 * size.fontSize,
      marginBottom: 5.5 * size.fontSize,
      x: {
        label: null,
        domain: [-0.5, cols.length - 0.5],
        ticks: cols.map((_, i) => i),
        tickFormat: (i: number) => POLICY_AREA_LABEL[cols[i]!],
        tickRotate: -30,
      },
      y: { label: null, domain: CASE_ORDER.map((c) => caseName(data, c)), grid: true },
      color: { type: "identity" },
      marks: [
        Plot.dot(
          rows.filter((d) => d.covid_basis !== "dedotto"),
          { x: "x", y: "name", r, fill: "fill", stroke: "var(--bg)", title: tip },
        ),
        Plot.dot(
          rows.filter((d) => d.covid_basis === "dedotto"),
          { x: "x", y: "name", r: r - 1, fill: "var(--bg)", stroke: "fill", strokeWidth: 2.5, title: tip },
        ),
      ],
    };
  },
};
