/**
 * How big an actor's circle is drawn. The layout needs the same figure as the
 * drawing, to keep ties clear of circles they do not connect, so it lives here.
 */
import { degrees, distinctEdges } from "./graph.ts";
import type { NetworkNode, NetworkTie } from "./types.ts";

/** Circle radius: area grows with degree, so hubs stand out without swamping the drawing. */
export function nodeRadius(degree: number): number {
  return 4 + 1.5 * Math.sqrt(degree);
}

/**
 * Each node's largest circle over the waves of `ties` (a node keeps its place
 * in every wave, so what must stay clear of it is its biggest circle).
 * `byId` must index every node the ties name.
 */
export function largestRadii(byId: ReadonlyMap<string, NetworkNode>, ties: readonly NetworkTie[]): Map<string, number> {
  const largest = new Map<string, number>([...byId.keys()].map((id) => [id, nodeRadius(0)]));
  for (const wave of new Set(ties.map((t) => t.wave))) {
    for (const [id, d] of degrees(distinctEdges(ties, byId, wave))) largest.set(id, Math.max(largest.get(id)!, nodeRadius(d)));
  }
  return largest;
}
