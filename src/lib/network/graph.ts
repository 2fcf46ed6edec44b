/**
 * The undirected simple graph behind a list of ties: every other module here
 * (layout, metrics, classification, rendering) needs the same "distinct pairs,
 * no self-loops, known ids only" view, so it is computed in one place.
 */
import type { NetworkNode, NetworkTie, Wave } from "./types.ts";

/** One distinct undirected pair; endpoints are ordered so that `a < b`. */
export interface Edge {
  a: string;
  b: string;
  /** True only if every listed copy of this pair is inferred: one reported copy outweighs any inference. */
  inferred: boolean;
}

/** The graph of one wave: nodes by id, its distinct edges and the degree of every actor with at least one tie. */
export interface WaveGraph {
  byId: Map<string, NetworkNode>;
  edges: Edge[];
  degree: Map<string, number>;
}

/**
 * Orders ids by UTF-16 code units. Deliberately not `localeCompare`: the
 * output must not depend on the ICU data of whatever machine runs the build.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Indexes nodes by id. Throws on a duplicate id (a programming guard; the CSV loader reports data errors). */
export function indexNodes(nodes: readonly NetworkNode[]): Map<string, NetworkNode> {
  const byId = new Map<string, NetworkNode>();
  for (const node of nodes) {
    if (byId.has(node.id)) throw new Error(`network: duplicate node id "${node.id}"`);
    byId.set(node.id, node);
  }
  return byId;
}

/**
 * Distinct undirected edges among `ties`, sorted by (a, b). Only ties of
 * `wave` are kept when it is given (all waves otherwise); self-loops are
 * dropped because they say nothing about relations between actors.
 * Throws if a tie names an id missing from `known`.
 */
export function distinctEdges(
  ties: readonly NetworkTie[],
  known: ReadonlyMap<string, unknown>,
  wave?: Wave,
): Edge[] {
  const byKey = new Map<string, Edge>();
  for (const tie of ties) {
    for (const id of [tie.from, tie.to]) {
      if (!known.has(id)) throw new Error(`network: tie names unknown node "${id}"`);
    }
    if (wave !== undefined && tie.wave !== wave) continue;
    if (tie.from === tie.to) continue;
    const [a, b] = compareIds(tie.from, tie.to) < 0 ? [tie.from, tie.to] : [tie.to, tie.from];
    // NUL cannot occur in ids read from a CSV, so the key is unambiguous.
    const key = `${a}\u0000${b}`;
    const seen = byKey.get(key);
    if (seen) seen.inferred = seen.inferred && tie.inferred;
    else byKey.set(key, { a, b, inferred: tie.inferred });
  }
  return [...byKey.values()].sort((x, y) => compareIds(x.a, y.a) || compareIds(x.b, y.b));
}

/** Degree of every endpoint of `edges`; actors without edges are absent from the map. */
export function degrees(edges: readonly Edge[]): Map<string, number> {
  const degree = new Map<string, number>();
  for (const { a, b } of edges) {
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
  }
  return degree;
}

/** The graph of one wave (see {@link WaveGraph}). Throws on duplicate or unknown ids. */
export function waveGraph(nodes: readonly NetworkNode[], ties: readonly NetworkTie[], wave: Wave): WaveGraph {
  const byId = indexNodes(nodes);
  const edges = distinctEdges(ties, byId, wave);
  return { byId, edges, degree: degrees(edges) };
}
