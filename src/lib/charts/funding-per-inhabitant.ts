import { Plot } from "./lazy.ts";
import { byCaseOrder, caseName, fundingPerInhabitant } from "../data/derive.ts";
import { formatEuro, formatInteger, formatNumber } from "../format/number.ts";
import { roomForAxisTitleBelow } from "./axes.ts";
import { color } from "./palette.ts";
import type { PlotChart } from "./types.ts";

export const fundingPerInhabitantChart: PlotChart = {
  kind: "plot",
  id: "funding-per-inhabitant",
  title: "Il finanziamento per abitante",
  subtitle: "Euro per abitante del territorio coperto da ciascun progetto (calcolato dai dati della Tabella 1 del rapporto).",
  source: "Fonte: Tabella 1 del rapporto di valutazione; rapporto calcolato dal sito.",
  datasets: ["funding", "cases"],
  describe(data) {
    const rows = byCaseOrder(data.funding);
    const sorted = [...rows].sort((a, b) => fundingPerInhabitant(b) - fundingPerInhabitant(a));
    return (
      `Grafico a barre con il finanziamento per abitante dei quattro casi. ` +
      rows.map((r) => `${caseName(data, r.case_id)}: ${formatEuro(fundingPerInhabitant(r))} per abitante`).join("; ") +
      `. Il valore più alto è quello di ${caseName(data, sorted[0]!.case_id)}, il più basso quello di ${caseName(data, sorted[sorted.length - 1]!.case_id)}.`
    );
  },
  table(data) {
    return {
      columns: [
        { key: "caso", label: "Caso" },
        { key: "popolazione", label: "Popolazione", numeric: true, format: (v) => formatInteger(v as number) },
        { key: "finanziamento_eur", label: "Finanziamento (€)", numeric: true, format: (v) => formatEuro(v as number) },
        { key: "euro_per_abitante", label: "€ per abitante", numeric: true, format: (v) => formatEuro(v as number) },
      ],
      rows: byCaseOrder(data.funding).map((r) => ({
        caso: caseName(data, r.case_id),
        popolazione: r.population,
        finanziamento_eur: r.funding_eur,
        euro_per_abitante: Math.round(fundingPerInhabitant(r) * 100) / 100,
      })),
    };
  },
  spec(data, size) {
    const rows = byCaseOrder(data.funding).map((r) => ({
      name: caseName(data, r.case_id),
      value: fundingPerInhabitant(r),
      population: r.population,
    }));
    return {
      marginLeft: 8 * size.fontSize,
      marginRight: 5 * size.fontSize,
      ...roomForAxisTitleBelow(size, rows.length * 3.4 * size.fontSize + 40),
      x: { label: "Euro per abitante", grid: true, tickFormat: (d: number) => formatNumber(d, 2) },
      y: { label: null, domain: rows.map((r) => r.name) },
      marks: [
        Plot.barX(rows, {
          x: "value",
          y: "name",
          fill: color(1),
          title: (r: (typeof rows)[number]) =>
            `${r.name}: ${formatEuro(r.value)} per abitante (${formatInteger(r.population)} abitanti)`,
        }),
        Plot.text(rows, {
          x: "value",
          y: "name",
          text: (r: (typeof rows)[number]) => formatEuro(r.value),
          textAnchor: "start",
          dx: 4,
          fill: "currentColor",
        }),
        Plot.ruleX([0]),
      ],
    };
  },
};
