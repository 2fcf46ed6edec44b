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
import { clearTies } from "./clear-ties.ts";
import { compareIds, distinctEdges, indexNodes } from "./graph.ts";
import { largestRadii } from "./node-radius.ts";
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

interface PlacedNode extends Point {
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
 * coordinates rounded to one decimal, then moved so that no node lies on a tie it
 * is not part of (ties are straight lines: a node on one reads as a tie through
 * it), no two ties of a node leave it as one line and no circles touch, for
 * circles as network-svg draws them, each at its largest over the waves. clearTies
 * does this in a bounded number of passes, so it is a best effort; the chart
 * tests check the result on the report's data.
 * Pure and deterministic: inputs are copied (d3 mutates what it is given) and
 * sorted, so the same nodes and ties in any order give the same map. Throws if
 * a tie names an unknown node.
 */
export function layoutNetwork(
  nodes: readonly NetworkNode[],
  ties: readonly NetworkTie[],
  { width, height, ticks = 300, margin = 24 }: LayoutOptions,
): Map<string, Point> {
  const byId = indexNodes(nodes);
  const simNodes: SimNode[] = [...byId.keys()].sort(compareIds).map((id) => ({ id }));
  // distinctEdges returns pairs already sorted by (a, b).
  const edges = distinctEdges(ties, byId);
  const links = edges.map((e) => ({ source: e.a, target: e.b }));

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

  const fitted = fitToBox(
    simNodes.map((d) => ({ id: d.id, x: d.x ?? 0, y: d.y ?? 0 })),
    width,
    height,
    margin,
  );
  // The simulation keeps nodes apart but not off ties between other nodes, which then
  // read as ties through them. Cleared in drawing units, where circle sizes are known.
  const radii = largestRadii(byId, ties);
  const bounds = { left: margin, top: margin, right: margin + Math.max(0, width - 2 * margin), bottom: margin + Math.max(0, height - 2 * margin) };
  const cleared = clearTies(
    fitted.map((p) => ({ ...p, r: radii.get(p.id)! })),
    edges,
    bounds,
  );
  // Clearing only moves centres inside the box, so refitting can only enlarge the
  // drawing again (it never brings a node back towards a tie).
  const refitted = fitToBox(
    [...cleared].map(([id, p]) => ({ id, ...p })),
    width,
    height,
    margin,
  );
  return new Map(refitted.map((p) => [p.id, { x: round1(p.x), y: round1(p.y) }]));
}

/** Scales (preserving aspect ratio) and centres positions into the box. */
function fitToBox(points: readonly PlacedNode[], width: number, height: number, margin: number): PlacedNode[] {
  const xs = points.map((d) => d.x);
  const ys = points.map((d) => d.y);
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
  return points.map((d, i) => ({ id: d.id, x: offsetX + (xs[i]! - minX) * k, y: offsetY + (ys[i]! - minY) * k }));
}
