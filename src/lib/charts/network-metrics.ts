import { Plot } from "./lazy.ts";
import { roomForAxisTitleBelow } from "./axes.ts";
import { CASE_ORDER } from "../data/derive.ts";
import { formatNumber } from "../format/number.ts";
import { caseMetricsRows, METRIC_COLUMNS } from "./network-case.ts";
import { caseName, NETWORK_SOURCE, RECONSTRUCTION_NOTE } from "./network-data.ts";
import { color } from "./palette.ts";
import { spreadLabels } from "./spread-labels.ts";
import type { PlotChart } from "./types.ts";

export const networkMetricsChart: PlotChart = {
  kind: "plot",
  id: "network-metrics",
  title: "Come cambiano le reti da una rilevazione all'altra",
  subtitle: "Numero di legami per caso nelle tre rilevazioni; densità e struttura nella tabella dei dati.",
  source: NETWORK_SOURCE,
  datasets: ["actors", "ties", "cases"],
  note: () => `${RECONSTRUCTION_NOTE} Le misure sono calcolate dal sito sulla rete ricostruita; la tabella dei dati indica quanti legami sono dedotti dal testo.`,
  legend: (data) => CASE_ORDER.map((c, i) => ({ label: caseName(data, c), color: color(i) })),
  describe(data) {
    return (
      "Grafico a linee del numero di legami nelle tre rilevazioni. " +
      CASE_ORDER.map((c) => {
        const rows = caseMetricsRows(data, c);
        return `${caseName(data, c)}: ${rows.map((r) => r.legami).join(", ")} legami (densità ${rows.map((r) => formatNumber(r.densita, 2)).join(", ")})`;
      }).join("; ") +
      ". " +
      RECONSTRUCTION_NOTE
    );
  },
  table: (data) => ({ columns: METRIC_COLUMNS, rows: CASE_ORDER.flatMap((c) => caseMetricsRows(data, c)) }),
  spec(data, size) {
    const rows = CASE_ORDER.flatMap((c, i) => caseMetricsRows(data, c).map((r) => ({ ...r, stroke: color(i) })));
    type R = (typeof rows)[number];
    const tip = (r: R) =>
      `${r.caso}, rilevazione ${r.rilevazione}: ${r.legami} legami tra ${r.attori} attori, densità ${formatNumber(r.densita, 2)} (${r.struttura.toLowerCase()})`;
    // The y domain is fixed here so that the end labels can be kept a line apart in data units.
    const height = 22 * size.fontSize;
    // Below the plot: ticks, their labels and, a line lower, the axis title (30 px made the title touch "2ª").
    const marginTop = 20;
    const { marginBottom } = roomForAxisTitleBelow(size, height);
    const top = Math.max(5, Math.ceil(Math.max(...rows.map((r) => r.legami)) / 5) * 5);
    const ends = rows.filter((r) => r.rilevazione === 3);
    const labelY = spreadLabels(
      ends.map((r) => r.legami),
      (1.15 * size.fontSize * top) / (height - marginTop - marginBottom),
    );
    const labels = ends.map((r, i) => ({ ...r, labelY: labelY[i]! }));
    return {
      height,
      marginTop,
      marginBottom,
      marginRight: 8 * size.fontSize,
      x: { label: "Rilevazione", domain: [1, 2, 3], ticks: [1, 2, 3], tickFormat: (d: number) => `${d}ª` },
      y: { label: "Legami", domain: [0, top], grid: true, labelAnchor: "top", labelArrow: "none", tickFormat: (d: number) => formatNumber(d, 0) },
      color: { type: "identity" },
      marks: [
        Plot.line(rows, { x: "rilevazione", y: "legami", z: "caso", stroke: "stroke", strokeWidth: 2.5 }),
        Plot.dot(rows, { x: "rilevazione", y: "legami", fill: "stroke", r: 0.4 * size.fontSize, stroke: "var(--bg)", title: tip }),
        Plot.text(labels, { x: "rilevazione", y: "labelY", text: "caso", dx: 0.8 * size.fontSize, textAnchor: "start", fill: "currentColor" }),
      ],
    };
  },
};
