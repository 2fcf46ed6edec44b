/**
 * Moves actors off ties they are not part of. Ties are drawn as straight
 * lines, so a circle lying on a line between two other actors reads as a
 * tie that does not exist (a–c–b instead of a–b). A force layout does not
 * prevent that: it only keeps nodes apart, not nodes away from lines.
 */
import type { Point } from "./types.ts";

/** A node to keep clear: its id, where it is, and the radius of its largest circle. */
export interface Disc extends Point {
  id: string;
  r: number;
}

/** The rectangle every centre must stay in. */
export interface Bounds {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface ClearOptions {
  /** Empty space kept between a circle and a tie it is not part of, and between two circles (default 4). */
  gap?: number;
  /**
   * Smallest angle, in degrees, between two ties of one actor (default 15): below it
   * the two lines leave the circle as one and read as a single tie.
   */
  minAngle?: number;
  /** Passes over every node before giving up (default 60); each stops early once nothing moves. */
  passes?: number;
}

/** Nudges below this are rounding noise, not a move. */
const EPSILON = 1e-6;
/** Moves overshoot by this much, so that rounding to one decimal afterwards does not undo them. */
const OVERSHOOT = 0.1;

/**
 * Returns new positions where no disc lies within `r + gap` of an edge it is
 * not an endpoint of, no two edges of one disc meet at less than `minAngle`,
 * and no two discs lie within `r₁ + r₂ + gap` of each other, every centre
 * kept inside `bounds`. A disc too close to an edge moves
 * away from it, perpendicular to it (the smallest move that clears it); when
 * the border stops it, the edge moves the rest of the way instead. A pair of
 * discs too close move apart equally. Passes repeat until nothing moves or
 * `passes` run out (the result is then the best found, not a guarantee).
 * Deterministic: discs and edges are visited in the order given, so callers
 * pass them sorted. Does not mutate its inputs.
 */
export function clearTies(
  discs: readonly Disc[],
  edges: readonly { a: string; b: string }[],
  bounds: Bounds,
  { gap = 4, minAngle = 15, passes = 60 }: ClearOptions = {},
): Map<string, Point> {
  const nodes = discs.map((d) => ({ ...d }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const neighbours = new Map(nodes.map((n) => [n, new Set<Point>()]));
  const segments = edges.map((e) => {
    const a = byId.get(e.a);
    const b = byId.get(e.b);
    if (!a || !b) throw new Error(`network: edge names unknown node "${a ? e.b : e.a}"`);
    neighbours.get(a)!.add(b);
    neighbours.get(b)!.add(a);
    return { a, b };
  });
  const sinMin = Math.sin((minAngle * Math.PI) / 180);
  const clamp = (n: Point): void => {
    n.x = Math.min(bounds.right, Math.max(bounds.left, n.x));
    n.y = Math.min(bounds.bottom, Math.max(bounds.top, n.y));
  };
  /** Moves `n` by (dx, dy) within the bounds; returns the part of the move the border stopped. */
  const shift = (n: Point, dx: number, dy: number): Point => {
    const x = n.x + dx;
    const y = n.y + dy;
    clamp(Object.assign(n, { x, y }));
    return { x: x - n.x, y: y - n.y };
  };

  for (let pass = 0; pass < passes; pass++) {
    let moved = false;
    for (const n of nodes) {
      for (const { a, b } of segments) {
        if (a === n || b === n) continue;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const length2 = dx * dx + dy * dy;
        if (length2 < EPSILON) continue;
        const t = Math.min(1, Math.max(0, ((n.x - a.x) * dx + (n.y - a.y) * dy) / length2));
        // Near an end of the segment the problem is the endpoint's circle, which the pair rule below handles.
        if (t === 0 || t === 1) continue;
        const cx = a.x + t * dx;
        const cy = a.y + t * dy;
        const distance = Math.hypot(n.x - cx, n.y - cy);
        // A tie n–a (or n–b) leaves a at less than minAngle from a–b when n is this close to a–b.
        const fan = (end: Point) => (neighbours.get(n)!.has(end) ? Math.hypot(n.x - end.x, n.y - end.y) * sinMin : 0);
        const need = Math.max(n.r + gap, fan(a), fan(b));
        if (distance >= need) continue;
        // Away from the line, on the side the node already is; exactly on it, to the left of a → b.
        const onLine = distance <= EPSILON;
        const ux = onLine ? -dy / Math.sqrt(length2) : (n.x - cx) / distance;
        const uy = onLine ? dx / Math.sqrt(length2) : (n.y - cy) / distance;
        const push = need - (onLine ? 0 : distance) + OVERSHOOT;
        const stopped = shift(n, ux * push, uy * push);
        if (Math.hypot(stopped.x, stopped.y) > EPSILON) {
          // Pinned against the border: the tie moves the rest of the way, the nearer end more
          // (the smallest pair of end moves that shifts the nearest point by exactly that much).
          const w = (1 - t) ** 2 + t ** 2;
          shift(a, (-stopped.x * (1 - t)) / w, (-stopped.y * (1 - t)) / w);
          shift(b, (-stopped.x * t) / w, (-stopped.y * t) / w);
        }
        moved = true;
      }
    }
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const p = nodes[i]!;
        const q = nodes[j]!;
        const distance = Math.hypot(q.x - p.x, q.y - p.y);
        const need = p.r + q.r + gap;
        if (distance >= need) continue;
        const [ux, uy] = distance > EPSILON ? [(q.x - p.x) / distance, (q.y - p.y) / distance] : [1, 0];
        const half = (need - distance + OVERSHOOT) / 2;
        const stopped = shift(q, ux * half, uy * half);
        // What the border kept q from doing, p does.
        shift(p, -ux * half - stopped.x, -uy * half - stopped.y);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return new Map(nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
}
