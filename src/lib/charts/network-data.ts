import { caseName } from "../data/derive.ts";
import { layoutNetwork, renderNetworkSvg } from "../network/index.ts";
import type { NetworkNode, NetworkTie, Wave } from "../network/types.ts";
import type { Data } from "../schemas/datasets.ts";
import { ACTOR_TYPE_LABEL, ACTOR_TYPES, WAVE_LABEL, type ActorType, type CaseId } from "../schemas/vocabularies.ts";
import { color } from "./palette.ts";
import type { ChartKey, LegendEntry, Panel } from "./types.ts";

export const WAVES: readonly Wave[] = [1, 2, 3];

/** The actors and ties of one case, in the shape the network modules take. */
export function caseNetwork(data: Data, caseId: CaseId): { nodes: NetworkNode[]; ties: NetworkTie[] } {
  const nodes = data.actors
    .filter((a) => a.case_id === caseId)
    .map((a) => ({ id: a.actor_id, label: a.label, type: a.type, isLead: a.is_lead, inferred: a.basis === "dedotto" }));
  const ties = data.ties
    .filter((t) => t.case_id === caseId)
    .map((t) => ({ from: t.from, to: t.to, wave: Number(t.wave) as Wave, inferred: t.basis === "dedotto" }));
  return { nodes, ties };
}

/**
 * Colour of an actor type, the same in every chart: one palette colour per type
 * of the vocabulary (ten types, ten colours), so no two types share a colour.
 */
export function typeColor(type: string): string {
  return color(Math.max(0, ACTOR_TYPES.indexOf(type as ActorType)));
}

export function typeLabel(type: string): string {
  return ACTOR_TYPE_LABEL[type as ActorType] ?? type;
}

export const RECONSTRUCTION_NOTE =
  "Ricostruzione del sito dal testo dei casi, non i dati dell'indagine (non pubblicati); ogni rilevazione è qui una fase del progetto.";

const hasInferredActors = (data: Data, cases: readonly CaseId[]) =>
  data.actors.some((a) => cases.includes(a.case_id) && a.basis === "dedotto");

/** The note of a chart that draws the networks of `cases`: what is dashed, said only of what is drawn. */
export function drawnNetworkNote(data: Data, cases: readonly CaseId[]): string {
  return `${RECONSTRUCTION_NOTE} Tratteggiati: legami${hasInferredActors(data, cases) ? " e attori" : ""} dedotti.`;
}

/** The legend entries for what is dashed in the networks of `cases`. */
export function inferredLegend(data: Data, cases: readonly CaseId[]): LegendEntry[] {
  return [
    { label: "Legame dedotto", color: "currentColor", dashed: true },
    ...(hasInferredActors(data, cases) ? [{ label: "Attore dedotto", color: "currentColor", dashed: true, marker: "circle" as const }] : []),
  ];
}

export const NETWORK_SOURCE =
  "Fonte: ricostruzione dal rapporto di valutazione (Tabella 1, cap. 3 e 4) e dalle slide sulle tre rilevazioni.";

export { caseName };

/**
 * One case's network drawn once per wave, every wave on the same layout (so an
 * actor keeps its place), as panels keyed `w1`…`w3` for the client's wave switch.
 */
export function caseWavePanels(
  data: Data,
  caseId: CaseId,
  opts: { id: string; width: number; height: number; label: (wave: Wave) => string; numbered?: boolean },
): Panel[] {
  const { nodes, ties } = caseNetwork(data, caseId);
  const numbers = opts.numbered ? actorNumbers(nodes) : undefined;
  const positions = layoutNetwork(nodes, ties, { width: opts.width, height: opts.height });
  return WAVES.map((wave) => ({
    key: `w${wave}`,
    label: opts.label(wave),
    svg: renderNetworkSvg({
      id: opts.id,
      title: `Rete di ${caseName(data, caseId)}`,
      nodes,
      ties,
      positions,
      wave,
      width: opts.width,
      height: opts.height,
      typeColor,
      typeLabel,
      waveLabel: WAVE_LABEL[wave],
      numbers,
    }),
  }));
}

/** Each actor's number: its place among the case's actors in actors.csv, from 1. */
function actorNumbers(nodes: readonly NetworkNode[]): Map<string, number> {
  return new Map(nodes.map((n, i) => [n.id, i + 1]));
}

/** The numbered list of a case's actors printed with its network: name, type, lead, deduced. */
export function actorKey(data: Data, caseId: CaseId): ChartKey {
  const { nodes } = caseNetwork(data, caseId);
  const numbers = actorNumbers(nodes);
  return {
    title: "Gli attori",
    entries: nodes.map((n) => ({
      number: numbers.get(n.id)!,
      id: n.id,
      label: n.label,
      color: typeColor(n.type),
      detail: [typeLabel(n.type), ...(n.isLead ? ["capofila"] : []), ...(n.inferred ? ["dedotto dal testo"] : [])].join(" · "),
      ...(n.inferred ? { dashed: true } : {}),
    })),
  };
}
