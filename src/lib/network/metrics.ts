/**
 * Descriptive statistics of one wave of a case-study network, as reported in
 * the evaluation: size, density, Freeman degree centralisation and the weight
 * of the lead body and of inferred ties.
 */
import { compareIds, waveGraph } from "./graph.ts";
import type { NetworkNode, NetworkTie, Wave } from "./types.ts";

/** Statistics of one wave; see {@link networkMetrics} for definitions. */
export interface WaveMetrics {
  wave: Wave;
  /** Actors with at least one tie in this wave (isolates are not part of that wave's network). */
  actors: number;
  /** Distinct undirected ties, self-loops excluded. */
  ties: number;
  /** 2m / (n(n−1)); 0 when fewer than two actors. */
  density: number;
  /** Freeman degree centralisation in [0, 1]; 0 when fewer than three actors. */
  degreeCentralization: number;
  /** Ids of the actors with the highest degree, sorted by id (empty without ties). */
  mostCentral: string[];
  /** Highest degree (0 without ties). */
  maxDegree: number;
  /** Share of ties involving a lead body; null when there are no ties (a share of nothing is undefined, not 0). */
  leadTieShare: number | null;
  /** Share of ties that are inferred; 0 when there are no ties. */
  inferredShare: number;
}

/**
 * Freeman's degree centralisation of a graph with the given degrees:
 * Σ(max − deg_i) / ((n−1)(n−2)), where the denominator is the value of that sum
 * for a star of the same size, so a star scores 1 and any regular graph
 * (ring, complete graph) scores 0. Returns 0 for n < 3, where it is undefined.
 */
export function freemanCentralization(degreeValues: readonly number[]): number {
  const n = degreeValues.length;
  if (n < 3) return 0;
  const max = Math.max(...degreeValues);
  const sum = degreeValues.reduce((acc, d) => acc + (max - d), 0);
  return sum / ((n - 1) * (n - 2));
}

/**
 * Computes {@link WaveMetrics} for `wave`, considering only that wave's ties;
 * duplicate undirected pairs count once and self-loops are ignored.
 * Throws if a tie names an unknown node.
 */
export function networkMetrics(nodes: readonly NetworkNode[], ties: readonly NetworkTie[], wave: Wave): WaveMetrics {
  const { byId, edges, degree } = waveGraph(nodes, ties, wave);
  const n = degree.size;
  const m = edges.length;
  const degreeValues = [...degree.values()];
  const maxDegree = n > 0 ? Math.max(...degreeValues) : 0;
  const mostCentral = [...degree]
    .filter(([, d]) => d === maxDegree)
    .map(([id]) => id)
    .sort(compareIds);
  const isLead = (id: string): boolean => byId.get(id)?.isLead === true;
  const leadTies = edges.filter((e) => isLead(e.a) || isLead(e.b)).length;
  const inferredTies = edges.filter((e) => e.inferred).length;
  return {
    wave,
    actors: n,
    ties: m,
    density: n < 2 ? 0 : (2 * m) / (n * (n - 1)),
    degreeCentralization: freemanCentralization(degreeValues),
    mostCentral,
    maxDegree,
    leadTieShare: m === 0 ? null : leadTies / m,
    inferredShare: m === 0 ? 0 : inferredTies / m,
  };
}
