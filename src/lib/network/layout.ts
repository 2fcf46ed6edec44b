/**
 * Force-directed positions for a case-study network, computed once on the
 * union of all waves so that each actor keeps its place across the three
 * small multiples and changes between waves read as changes in ties only.
 */
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from "d3-force";
import { compareIds, distinctEdges, indexNodes } from "./graph.ts";
import type { NetworkNode, NetworkTie, Point } from "./types.ts";

/** Size of the target box and simulation length. */
export interface LayoutOptions {
  width: number;
  height: number;
  /** Simulation steps; 300 is what d3's default alpha decay needs to cool down. */
  ticks?: number;
  /** Empty border kept around the drawing, for node radii and labels (default 24). */
  margin?: number;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
}

/**
 * A fresh linear congruential generator (the constants d3-force itself uses).
 * d3 already seeds one by default; passing our own makes determinism explicit
 * and independent of d3 internals.
 */
function lcg(seed = 1): () => number {
  let state = seed;
  return () => (state = (1664525 * state + 1013904223) % 4294967296) / 4294967296;
}

const round1 = (v: number): number => Math.round(v * 10) / 10 + 0; // "+ 0" turns -0 into 0

/**
 * Positions every node inside [margin, width − margin] × [margin, height − margin],
 * coordinates rounded to one decimal. Pure and deterministic: inputs are
 * copied (d3 mutates what it is given) and sorted, so the same nodes and ties
 * in any order give the same map. Throws if a tie names an unknown node.
 */
export function layoutNetwork(
  nodes: readonly NetworkNode[],
  ties: readonly NetworkTie[],
  { width, height, ticks = 300, margin = 24 }: LayoutOptions,
): Map<string, Point> {
  const byId = indexNodes(nodes);
  const simNodes: SimNode[] = [...byId.keys()].sort(compareIds).map((id) => ({ id }));
  // distinctEdges returns pairs already sorted by (a, b).
  const links = distinctEdges(ties, byId).map((e) => ({ source: e.a, target: e.b }));

  const simulation = forceSimulation(simNodes)
    .stop() // no timer: we step it ourselves
    .randomSource(lcg())
    .force("link", forceLink<SimNode, { source: string; target: string }>(links).id((d) => d.id).distance(40))
    .force("charge", forceManyBody<SimNode>().strength(-120))
    .force("center", forceCenter<SimNode>(0, 0))
    // forceX/forceY keep actors without ties (and loosely tied components) from drifting away.
    .force("x", forceX<SimNode>(0).strength(0.08))
    .force("y", forceY<SimNode>(0).strength(0.08))
    .force("collide", forceCollide<SimNode>(14));
  simulation.tick(ticks);

  return fitToBox(simNodes, width, height, margin);
}

/** Scales (preserving aspect ratio) and centres the simulated positions into the box. */
function fitToBox(simNodes: readonly SimNode[], width: number, height: number, margin: number): Map<string, Point> {
  const xs = simNodes.map((d) => d.x ?? 0);
  const ys = simNodes.map((d) => d.y ?? 0);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const spanX = Math.max(...xs) - minX;
  const spanY = Math.max(...ys) - minY;
  const innerW = Math.max(0, width - 2 * margin);
  const innerH = Math.max(0, height - 2 * margin);
  // A zero span (one node, or nodes in a line) must not divide by zero; it just doesn't constrain the scale.
  const scale = Math.min(spanX > 0 ? innerW / spanX : Infinity, spanY > 0 ? innerH / spanY : Infinity);
  const k = Number.isFinite(scale) ? scale : 0;
  const offsetX = margin + (innerW - spanX * k) / 2;
  const offsetY = margin + (innerH - spanY * k) / 2;
  const positions = new Map<string, Point>();
  simNodes.forEach((d, i) => {
    positions.set(d.id, { x: round1(offsetX + (xs[i]! - minX) * k), y: round1(offsetY + (ys[i]! - minY) * k) });
  });
  return positions;
}
