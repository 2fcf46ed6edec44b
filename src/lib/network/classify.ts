/**
 * Assigns one wave of a network to one of the three structure types the
 * evaluation reports: centred on the managing body (ente gestore), centred on a
 * third-sector actor, or polycentric.
 *
 * Rule (also published on the page as {@link CLASSIFICATION_RULE_IT}): using the
 * degrees of that wave, the network has a centre when
 *  1. the actor with most ties has at least {@link DOMINANCE_RATIO} (1.5) times
 *     the ties of the runner-up — so a single actor stands out, rather than a
 *     pair or group of hubs sharing the role (a tie for first place never
 *     qualifies); and
 *  2. Freeman's degree centralisation is at least {@link MIN_CENTRALIZATION}
 *     (0.5) — halfway between an even network (0) and a pure star (1), so the
 *     whole network, not just the top two actors, is organised around it.
 * A centre that is the lead body or of type "ente-gestore" gives
 * "ente-gestore"; a centre of type "terzo-settore" gives "terzo-settore".
 * Everything else — no centre, a centre of another type (e.g. a comune), or
 * fewer than three actors, where centralisation is undefined — is
 * "policentrica", since the three types are the only ones the slides use.
 */
import { formatNumber } from "../format/number.ts";
import { compareIds, waveGraph } from "./graph.ts";
import { freemanCentralization } from "./metrics.ts";
import type { NetworkNode, NetworkTie, Wave } from "./types.ts";

/** The three structure types of the evaluation. */
export type NetworkClass = "ente-gestore" | "terzo-settore" | "policentrica";

/** Minimum ratio between the top and the second-highest degree for a network to have a centre. */
export const DOMINANCE_RATIO = 1.5;

/** Minimum Freeman degree centralisation for a network to have a centre. */
export const MIN_CENTRALIZATION = 0.5;

/** Italian labels of the classes, for legends and tables. */
export const NETWORK_CLASS_LABEL_IT: Readonly<Record<NetworkClass, string>> = {
  "ente-gestore": "Accentrata sull'ente gestore",
  "terzo-settore": "Accentrata su un soggetto del terzo settore",
  policentrica: "Policentrica",
};

/** Italian explanation of the rule, built from the thresholds so text and code cannot drift apart. */
export const CLASSIFICATION_RULE_IT =
  "Per ogni rilevazione si conta il numero di legami di ciascun soggetto. " +
  `Una rete è accentrata quando il soggetto con più legami ne ha almeno ${formatNumber(DOMINANCE_RATIO, 1)} volte ` +
  "quelli del secondo e l'indice di centralizzazione di Freeman " +
  `(1 = rete a stella, 0 = tutti i soggetti con lo stesso numero di legami) è almeno ${formatNumber(MIN_CENTRALIZATION, 1)}. ` +
  "Se il soggetto centrale è l'ente gestore o il capofila, la rete è accentrata sull'ente gestore; " +
  "se è un soggetto del terzo settore, è accentrata sul terzo settore. " +
  "In tutti gli altri casi la rete è considerata policentrica.";

/** The outcome of the rule together with the figures it was based on, so the page can explain a result. */
export interface NetworkClassification {
  networkClass: NetworkClass;
  /** The actor that passed both tests, whatever its type; null when there is no centre. */
  centreId: string | null;
  topDegree: number;
  secondDegree: number;
  centralization: number;
}

// Guards the ≥ comparison against rounding in the centralisation quotient.
const EPSILON = 1e-9;

/** Applies the rule described in this module's documentation and returns the figures behind it. */
export function explainClassification(
  nodes: readonly NetworkNode[],
  ties: readonly NetworkTie[],
  wave: Wave,
): NetworkClassification {
  const { byId, degree } = waveGraph(nodes, ties, wave);
  // Highest degree first; ids break ties only to make the order deterministic.
  const ranked = [...degree].sort(([a, da], [b, db]) => db - da || compareIds(a, b));
  const topDegree = ranked[0]?.[1] ?? 0;
  const secondDegree = ranked[1]?.[1] ?? 0;
  const centralization = freemanCentralization([...degree.values()]);
  const hasCentre =
    ranked.length >= 3 &&
    topDegree >= DOMINANCE_RATIO * secondDegree &&
    centralization >= MIN_CENTRALIZATION - EPSILON;
  const centre = hasCentre ? byId.get(ranked[0]![0]) : undefined;
  let networkClass: NetworkClass = "policentrica";
  if (centre?.isLead || centre?.type === "ente-gestore") networkClass = "ente-gestore";
  else if (centre?.type === "terzo-settore") networkClass = "terzo-settore";
  return { networkClass, centreId: centre?.id ?? null, topDegree, secondDegree, centralization };
}

/** The structure type of one wave of a network (see this module's documentation for the rule). */
export function classifyNetwork(nodes: readonly NetworkNode[], ties: readonly NetworkTie[], wave: Wave): NetworkClass {
  return explainClassification(nodes, ties, wave).networkClass;
}
