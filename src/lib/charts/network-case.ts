import {
  classifyNetwork,
  CLASSIFICATION_RULE_IT,
  networkMetrics,
  NETWORK_CLASS_LABEL_IT,
} from "../network/index.ts";
import { formatNumber, formatPercent } from "../format/number.ts";
import { escapeXml } from "../format/escape.ts";
import { WAVE_LABEL, type CaseId } from "../schemas/vocabularies.ts";
import type { Data } from "../schemas/datasets.ts";
import { actorKey, caseName, caseNetwork, caseWavePanels, drawnNetworkNote, inferredLegend, NETWORK_SOURCE, RECONSTRUCTION_NOTE, typeColor, typeLabel, WAVES } from "./network-data.ts";
import type { SvgChart } from "./types.ts";

/** Metrics of one case in every wave, as table rows. */
export function caseMetricsRows(data: Data, caseId: CaseId) {
  const { nodes, ties } = caseNetwork(data, caseId);
  return WAVES.map((wave) => {
    const m = networkMetrics(nodes, ties, wave);
    const label = (id: string) => nodes.find((n) => n.id === id)?.label ?? id;
    return {
      caso: caseName(data, caseId),
      rilevazione: wave,
      attori: m.actors,
      legami: m.ties,
      densita: Math.round(m.density * 1000) / 1000,
      centralizzazione: Math.round(m.degreeCentralization * 1000) / 1000,
      piu_centrale: m.mostCentral.map(label).join(", "),
      quota_legami_capofila: m.leadTieShare === null ? null : Math.round(m.leadTieShare * 1000) / 1000,
      quota_legami_dedotti: m.ties === 0 ? null : Math.round(m.inferredShare * 1000) / 1000,
      struttura: NETWORK_CLASS_LABEL_IT[classifyNetwork(nodes, ties, wave)],
    };
  });
}

export const METRIC_COLUMNS = [
  { key: "caso", label: "Caso" },
  { key: "rilevazione", label: "Rilevazione", numeric: true },
  { key: "attori", label: "Attori", numeric: true },
  { key: "legami", label: "Legami", numeric: true },
  { key: "densita", label: "Densità", numeric: true, format: (v: unknown) => formatNumber(v as number, 3) },
  { key: "centralizzazione", label: "Centralizzazione", numeric: true, format: (v: unknown) => formatNumber(v as number, 3) },
  { key: "piu_centrale", label: "Attore più centrale" },
  {
    key: "quota_legami_capofila",
    label: "Legami che coinvolgono il capofila",
    numeric: true,
    format: (v: unknown) => (v === null ? "—" : formatPercent(v as number, 0)),
  },
  { key: "struttura", label: "Struttura" },
  {
    key: "quota_legami_dedotti",
    label: "Legami dedotti dal testo",
    numeric: true,
    format: (v: unknown) => (v === null ? "—" : formatPercent(v as number, 0)),
  },
];

/**
 * Declares the network chart of one case: three panels, one per wave, each actor
 * marked with its number, the numbered list of actors and the metrics below.
 */
export function networkCaseChart(caseId: CaseId): SvgChart {
  return {
    kind: "svg",
    id: `network-${caseId}`,
    title: `La rete degli attori: ${caseId.charAt(0).toUpperCase()}${caseId.slice(1)}`,
    subtitle: "Attori e legami nelle tre rilevazioni: all'avvio, durante l'attuazione e dopo la conclusione del progetto.",
    source: NETWORK_SOURCE,
    datasets: ["actors", "ties", "cases"],
    note: (data) => drawnNetworkNote(data, [caseId]),
    legend: (data) => {
      const types = [...new Set(caseNetwork(data, caseId).nodes.map((n) => n.type))].sort();
      return [
        ...types.map((t) => ({ label: typeLabel(t), color: typeColor(t) })),
        ...inferredLegend(data, [caseId]),
      ];
    },
    describe(data) {
      const rows = caseMetricsRows(data, caseId);
      return (
        `Rete degli attori del caso ${caseName(data, caseId)} in tre rilevazioni. ` +
        rows
          .map(
            (r) =>
              `Rilevazione ${r.rilevazione}: ${r.attori} attori e ${r.legami} legami, densità ${formatNumber(r.densita, 2)}, attore più centrale ${r.piu_centrale || "nessuno"}, struttura ${r.struttura.toLowerCase()}`,
          )
          .join(". ") +
        ". " +
        RECONSTRUCTION_NOTE
      );
    },
    table: (data) => ({ columns: METRIC_COLUMNS, rows: caseMetricsRows(data, caseId) }),
    render(data) {
      const panels = caseWavePanels(data, caseId, { id: `network-${caseId}`, width: 320, height: 260, label: (w) => WAVE_LABEL[w], numbered: true });
      const rows = caseMetricsRows(data, caseId);
      const aside =
        `<dl class="network-metrics">` +
        rows
          .map(
            (r) =>
              `<div data-panel="w${r.rilevazione}"><dt>${escapeXml(WAVE_LABEL[r.rilevazione as 1 | 2 | 3])}</dt>` +
              `<dd>${r.attori} attori, ${r.legami} legami · densità ${formatNumber(r.densita, 2)} · centralizzazione ${formatNumber(r.centralizzazione, 2)}</dd>` +
              `<dd>Più centrale: ${escapeXml(r.piu_centrale || "—")} · struttura: <strong>${escapeXml(r.struttura.toLowerCase())}</strong></dd></div>`,
          )
          .join("") +
        `</dl>` +
        `<details class="network-rule"><summary>Come si classifica la struttura</summary><p>${escapeXml(CLASSIFICATION_RULE_IT)} Le misure sono calcolate dal sito sulla rete ricostruita.</p></details>`;
      return { panels, aside, key: actorKey(data, caseId) };
    },
  };
}
