import { CASE_ORDER } from "../data/derive.ts";
import { WAVE_LABEL } from "../schemas/vocabularies.ts";
import { caseMetricsRows, METRIC_COLUMNS } from "./network-case.ts";
import { caseName, caseWavePanels, drawnNetworkNote, inferredLegend, NETWORK_SOURCE, RECONSTRUCTION_NOTE, typeColor, typeLabel } from "./network-data.ts";
import type { SvgChart } from "./types.ts";

/** Small multiples: the four cases (rows) in the three waves (columns). */
export const networkWaves: SvgChart = {
  kind: "svg",
  id: "network-waves",
  title: "Le quattro reti nelle tre rilevazioni",
  subtitle: "Ogni riga è un caso, ogni colonna una rilevazione: avvio, attuazione, dopo la conclusione.",
  source: NETWORK_SOURCE,
  datasets: ["actors", "ties", "cases"],
  note: (data) => drawnNetworkNote(data, CASE_ORDER),
  legend: (data) => [
    ...[...new Set(data.actors.map((a) => a.type))].sort().map((t) => ({ label: typeLabel(t), color: typeColor(t) })),
    ...inferredLegend(data, CASE_ORDER),
  ],
  describe(data) {
    return (
      "Dodici piccoli grafici di rete: i quattro casi nelle tre rilevazioni. " +
      CASE_ORDER.map((c) => {
        const rows = caseMetricsRows(data, c);
        return `${caseName(data, c)}: legami ${rows.map((r) => r.legami).join(", poi ")}`;
      }).join("; ") +
      ". " +
      RECONSTRUCTION_NOTE
    );
  },
  table: (data) => ({ columns: METRIC_COLUMNS, rows: CASE_ORDER.flatMap((c) => caseMetricsRows(data, c)) }),
  render(data) {
    const panels = CASE_ORDER.flatMap((c) =>
      caseWavePanels(data, c, {
        id: `network-waves-${c}`,
        width: 320,
        height: 240,
        label: (w) => `${caseName(data, c)} · ${WAVE_LABEL[w]}`,
      }),
    );
    // Twelve panels leave no room for names: the case charts number and list every actor.
    const aside = `<p class="network-names">Qui è nominato solo l'ente capofila; gli attori di ogni caso, numerati, sono elencati nel grafico della rete di quel caso, nel capitolo che lo descrive.</p>`;
    return { panels, aside };
  },
};
