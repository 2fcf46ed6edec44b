import { Plot } from "./lazy.ts";
import { byCaseOrder, caseName, sum } from "../data/derive.ts";
import { formatEuro, formatInteger } from "../format/number.ts";
import { roomForAxisTitleBelow } from "./axes.ts";
import { color } from "./palette.ts";
import type { PlotChart } from "./types.ts";

export const fundingByCase: PlotChart = {
  kind: "plot",
  id: "funding-by-case",
  title: "Il finanziamento dei quattro casi studio",
  subtitle: "Euro assegnati a ciascun progetto dalla Misura 1 di We.Ca.Re.",
  source: "Fonte: Tabella 1 del rapporto di valutazione.",
  datasets: ["funding", "cases"],
  describe(data) {
    const rows = byCaseOrder(data.funding);
    const top = [...rows].sort((a, b) => b.funding_eur - a.funding_eur)[0]!;
    return (
      `Grafico a barre orizzontali con il finanziamento dei quattro casi studio. ` +
      rows.map((r) => `${caseName(data, r.case_id)}: ${formatEuro(r.funding_eur)}`).join("; ") +
      `. Il progetto più finanziato è quello di ${caseName(data, top.case_id)}; in tutto ${formatEuro(sum(rows, (r) => r.funding_eur))}.`
    );
  },
  table(data) {
    return {
      columns: [
        { key: "caso", label: "Caso" },
        { key: "capofila", label: "Ente capofila" },
        { key: "progetto", label: "Progetto" },
        { key: "abitanti", label: "Abitanti", numeric: true, format: (v) => formatInteger(v as number) },
        { key: "finanziamento_eur", label: "Finanziamento (€)", numeric: true, format: (v) => formatEuro(v as number) },
      ],
      rows: byCaseOrder(data.funding).map((r) => ({
        caso: caseName(data, r.case_id),
        capofila: r.lead_body,
        progetto: r.project_title,
        abitanti: r.population,
        finanziamento_eur: r.funding_eur,
      })),
    };
  },
  spec(data, size) {
    const rows = byCaseOrder(data.funding).map((r) => ({ ...r, name: caseName(data, r.case_id) }));
    return {
      marginLeft: 8 * size.fontSize,
      marginRight: 7 * size.fontSize,
      ...roomForAxisTitleBelow(size, rows.length * 3.4 * size.fontSize + 40),
      x: { label: "Euro", grid: true, tickFormat: (d: number) => formatInteger(d) },
      y: { label: null, domain: rows.map((r) => r.name) },
      marks: [
        Plot.barX(rows, {
          x: "funding_eur",
          y: "name",
          fill: color(0),
          title: (r: (typeof rows)[number]) =>
            `${r.name} — ${r.project_title}: ${formatEuro(r.funding_eur)} (${formatInteger(r.population)} abitanti)`,
        }),
        Plot.text(rows, {
          x: "funding_eur",
          y: "name",
          text: (r: (typeof rows)[number]) => formatEuro(r.funding_eur, 0),
          textAnchor: "start",
          dx: 4,
          fill: "currentColor",
        }),
        Plot.ruleX([0]),
      ],
    };
  },
};
