import { Plot } from "./lazy.ts";
import { byCaseOrder, caseName, programmeFact, sum } from "../data/derive.ts";
import { formatEuro, formatEuroMillions, formatPercent } from "../format/number.ts";
import { roomForAxisTitleBelow } from "./axes.ts";
import { color, onColor } from "./palette.ts";
import { placeSegmentLabels } from "./segment-labels.ts";
import type { PlotChart } from "./types.ts";

interface Segment {
  name: string;
  value: number;
  share: number;
  color: string;
  /** Colour of text drawn on the segment. */
  ink: string;
  /** The amount itself is approximate: the remainder of an approximate total. (Every share is, when the total is.) */
  approximate: boolean;
}

/** The four cases and the remainder of Measure 1; shares computed on the approximate total. */
function segments(data: Parameters<PlotChart["spec"]>[0]): Segment[] {
  const total = programmeFact(data, "measure1-funding");
  const cases = byCaseOrder(data.funding);
  const rows: Segment[] = cases.map((r, i) => ({
    name: caseName(data, r.case_id),
    value: r.funding_eur,
    share: r.funding_eur / total.value,
    color: color(i),
    ink: onColor(i),
    approximate: false,
  }));
  const rest = total.value - sum(cases, (r) => r.funding_eur);
  rows.push({
    name: `Altri ${programmeFact(data, "projects").value - cases.length} progetti`,
    value: rest,
    share: rest / total.value,
    color: "var(--muted-fill)",
    ink: "currentColor",
    approximate: total.approximate,
  });
  return rows;
}

export const casesShareOfMeasure: PlotChart = {
  kind: "plot",
  id: "cases-share-of-measure",
  title: "Quanto pesano i quattro casi sulla Misura 1",
  subtitle: "Quota dei fondi della Misura 1 andata ai quattro casi studio, su un totale noto solo in modo approssimato.",
  source: "Fonte: Tabella 1 del rapporto di valutazione e slide «La Misura 1»; quote calcolate dal sito su un totale approssimato.",
  datasets: ["funding", "programme", "cases"],
  note: (data) => {
    const total = programmeFact(data, "measure1-funding");
    return total.approximate
      ? `Il totale della Misura 1 è noto solo in modo approssimato («circa ${formatEuroMillions(total.value)}»): le quote e il residuo degli altri progetti sono quindi approssimati. La fonte non riporta il finanziamento dei singoli altri progetti.`
      : undefined;
  },
  staticLegend: true,
  legend: (data) => segments(data).map((s) => ({ label: s.name, color: s.color })),
  describe(data) {
    const rows = segments(data);
    const four = rows.slice(0, 4);
    return (
      `Barra unica suddivisa in cinque parti. I quattro casi studio ricevono insieme circa ${formatPercent(sum(four, (r) => r.share))} della Misura 1: ` +
      four.map((r) => `${r.name} circa ${formatPercent(r.share)}`).join(", ") +
      `; agli altri progetti va il resto, circa ${formatPercent(rows[4]!.share)}. Le quote sono approssimate perché il totale lo è.`
    );
  },
  table(data) {
    return {
      columns: [
        { key: "voce", label: "Voce" },
        { key: "euro", label: "Euro", numeric: true, format: (v) => formatEuro(v as number) },
        { key: "quota", label: "Quota della Misura 1", numeric: true, format: (v) => `circa ${formatPercent(v as number)}` },
        { key: "approssimato", label: "Importo approssimato", format: (v) => (v ? "sì" : "no") },
      ],
      rows: segments(data).map((s) => ({
        voce: s.name,
        euro: Math.round(s.value * 100) / 100,
        quota: Math.round(s.share * 10000) / 10000,
        approssimato: s.approximate,
      })),
    };
  },
  spec(data, size) {
    const rows = segments(data);
    // The bar runs from marginLeft to width - marginRight; labels are placed in px along it.
    const margin = { left: 20, right: 20 };
    const barWidth = size.width - margin.left - margin.right;
    let start = 0;
    const spans = rows.map((s) => {
      const span = { start: start * barWidth, end: (start + s.share) * barWidth, text: shareLabel(s) };
      start += s.share;
      return span;
    });
    const placed = placeSegmentLabels(spans, {
      fontSize: size.fontSize,
      padding: 0.4 * size.fontSize,
      gap: 0.8 * size.fontSize,
      min: 0,
      max: barWidth,
    });
    // Back from px to shares, the unit of x.
    const labels = placed.map((l, i) => ({ ...l, ink: rows[i]!.ink, x: l.x / barWidth, anchor: l.anchor / barWidth }));
    const inside = labels.filter((l) => l.inside);
    const above = labels.filter((l) => !l.inside);
    // Labels that do not fit in their segment stand above the bar, on a short leader.
    // The top margin is only as tall as they need (it was a fixed 2 em, an empty band under the legend).
    const leader = 0.5 * size.fontSize;
    const marginTop = above.length ? Math.ceil(leader + size.fontSize + 3) : Math.ceil(0.4 * size.fontSize);
    const { marginBottom } = roomForAxisTitleBelow(size, 0);
    // The band of the bar, between the margins: the bar keeps its thickness whatever room the labels above it take.
    const band = 3.5 * size.fontSize + 30;
    return {
      height: marginTop + band + marginBottom,
      marginTop,
      marginBottom,
      marginLeft: margin.left,
      marginRight: margin.right,
      x: { label: "Quota della Misura 1 (%)", percent: true, domain: [0, 100], grid: true },
      // y in px: the leader lines above the bar are drawn at fixed heights.
      y: { type: "identity", axis: null },
      marks: [
        Plot.barX(
          rows,
          Plot.stackX({
            x: "share",
            fill: "color",
            stroke: "var(--bg)",
            title: (s: Segment) =>
              `${s.name}: ${s.approximate ? `circa ${formatEuroMillions(s.value)}` : formatEuro(s.value)}, circa ${formatPercent(s.share)} della Misura 1`,
            order: null,
          }),
        ),
        Plot.ruleX([0]),
        Plot.text(inside, { x: "x", text: "text", fill: "ink", frameAnchor: "middle", fontWeight: 600 }),
        Plot.link(above, { x1: "anchor", x2: "x", y1: marginTop, y2: marginTop - leader, stroke: "currentColor" }),
        Plot.text(above, { x: "x", text: "text", frameAnchor: "top", lineAnchor: "bottom", dy: -leader - 1, fill: "currentColor" }),
      ],
      color: { type: "identity" },
    };
  },
};

/** A segment's share as its label shows it; the remainder of an approximate total says «circa». */
function shareLabel(s: Segment): string {
  return `${s.approximate ? "circa " : ""}${formatPercent(s.share)}`;
}
