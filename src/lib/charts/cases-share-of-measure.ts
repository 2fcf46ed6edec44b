import { Plot } from "./lazy.ts";
import { byCaseOrder, caseName, programmeFact, sum } from "../data/derive.ts";
import { formatEuro, formatEuroMillions, formatPercent } from "../format/number.ts";
import { roomForAxisTitleBelow } from "./axes.ts";
import { color } from "./palette.ts";
import type { PlotChart } from "./types.ts";

interface Segment {
  name: string;
  value: number;
  share: number;
  color: string;
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
    approximate: false,
  }));
  const rest = total.value - sum(cases, (r) => r.funding_eur);
  rows.push({
    name: `Altri ${programmeFact(data, "projects").value - cases.length} progetti`,
    value: rest,
    share: rest / total.value,
    color: "var(--muted-fill)",
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
    return {
      ...roomForAxisTitleBelow(size, 8 * size.fontSize + 30),
      marginTop: 2 * size.fontSize,
      x: { label: "Quota della Misura 1 (%)", percent: true, domain: [0, 100], grid: true },
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
      ],
      color: { type: "identity" },
    };
  },
};
