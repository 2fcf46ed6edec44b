import { describe, expect, it } from "vitest";
import { distinctEdges, indexNodes } from "./graph.ts";
import { layoutNetwork } from "./layout.ts";
import { largestRadii } from "./node-radius.ts";
import { chain, node, segmentDistance, shuffled, star, TIE_CLEARANCE, tie } from "./test-helpers.ts";
import type { NetworkTie } from "./types.ts";

const ids = ["eg", "c1", "c2", "ts", "im", "un", "fo", "iso"];
const nodes = ids.map((id) => node(id, id === "eg" ? "ente-gestore" : "comune", id === "eg"));
const ties: NetworkTie[] = [
  ...star("eg", ["c1", "c2", "ts", "im"], 1),
  ...star("eg", ["c1", "ts", "un"], 2),
  ...chain(["ts", "im", "fo"], false, 3),
  tie("c1", "c2", 2, true),
];
const box = { width: 320, height: 240 };
const entries = (m: Map<string, unknown>) => JSON.stringify([...m]);

/**
 * A hub "e" with four partners, three of them in a chain a–b–c: left to the
 * force simulation alone, partner "d" lands on the tie a–b (0.5 from it), so
 * the drawing reads a–d–b.
 */
const hubNodes = ["a", "b", "c", "d", "e"].map((id) => node(id));
const hubTies = [...star("e", ["a", "b", "c", "d"]), ...chain(["a", "b", "c"])];

/** Every node lying within its largest circle + TIE_CLEARANCE of a tie it is not part of. */
function nodesOnTies(ns: typeof nodes, ts: NetworkTie[], positions: Map<string, { x: number; y: number }>): string[] {
  const byId = indexNodes(ns);
  const radii = largestRadii(byId, ts);
  return distinctEdges(ts, byId).flatMap((e) =>
    ns
      .filter((n) => n.id !== e.a && n.id !== e.b)
      .map((n) => ({ id: n.id, d: segmentDistance(positions.get(n.id)!, positions.get(e.a)!, positions.get(e.b)!) }))
      .filter(({ id, d }) => d < radii.get(id)! + TIE_CLEARANCE)
      .map(({ id, d }) => `${id} lies ${d.toFixed(1)} from tie ${e.a}–${e.b}`),
  );
}

describe("layoutNetwork", () => {
  it("layoutNetwork(same input twice) returns identical maps", () => {
    expect(entries(layoutNetwork(nodes, ties, box))).toBe(entries(layoutNetwork(nodes, ties, box)));
  });

  it("layoutNetwork(shuffled nodes, shuffled and reversed ties) returns the same map", () => {
    const reversed = shuffled(ties, 3).map((t, i) => (i % 2 ? { ...t, from: t.to, to: t.from } : t));
    expect(entries(layoutNetwork(shuffled(nodes), reversed, box))).toBe(entries(layoutNetwork(nodes, ties, box)));
  });

  it("layoutNetwork places every node, including isolates, inside the box with one-decimal coordinates", () => {
    const positions = layoutNetwork(nodes, ties, { ...box, margin: 20 });
    expect([...positions.keys()].sort()).toEqual([...ids].sort());
    for (const { x, y } of positions.values()) {
      expect(x).toBeGreaterThanOrEqual(20);
      expect(x).toBeLessThanOrEqual(300);
      expect(y).toBeGreaterThanOrEqual(20);
      expect(y).toBeLessThanOrEqual(220);
      expect(Math.round(x * 10) / 10).toBe(x);
      expect(Math.round(y * 10) / 10).toBe(y);
    }
  });

  it("layoutNetwork scales the drawing to fill the box in at least one dimension", () => {
    const ps = [...layoutNetwork(nodes, ties, box).values()];
    const spanX = Math.max(...ps.map((p) => p.x)) - Math.min(...ps.map((p) => p.x));
    const spanY = Math.max(...ps.map((p) => p.y)) - Math.min(...ps.map((p) => p.y));
    const fillsWidth = Math.abs(spanX - (320 - 48)) <= 0.2;
    const fillsHeight = Math.abs(spanY - (240 - 48)) <= 0.2;
    expect(fillsWidth || fillsHeight).toBe(true);
  });

  it("layoutNetwork keeps every node off the ties it is not part of, by its largest circle + 2", () => {
    expect(nodesOnTies(hubNodes, hubTies, layoutNetwork(hubNodes, hubTies, box))).toEqual([]);
    expect(nodesOnTies(nodes, ties, layoutNetwork(nodes, ties, box))).toEqual([]);
  });

  it("layoutNetwork keeps circles apart: centres at least both largest radii + 2 apart", () => {
    for (const [ns, ts] of [[hubNodes, hubTies], [nodes, ties]] as const) {
      const positions = layoutNetwork(ns, ts, box);
      const radii = largestRadii(indexNodes(ns), ts);
      const ps = [...positions];
      for (const [i, [a, p]] of ps.entries()) {
        for (const [b, q] of ps.slice(i + 1)) expect(Math.hypot(q.x - p.x, q.y - p.y), `${a}–${b}`).toBeGreaterThanOrEqual(radii.get(a)! + radii.get(b)! + 2);
      }
    }
  });

  it("layoutNetwork(shuffled) returns the same map when it had to move a node off a tie", () => {
    expect(entries(layoutNetwork(shuffled(hubNodes), shuffled(hubTies, 5), box))).toBe(entries(layoutNetwork(hubNodes, hubTies, box)));
  });

  it("layoutNetwork does not mutate its inputs", () => {
    const frozenNodes = nodes.map((n) => Object.freeze({ ...n }));
    const frozenTies = ties.map((t) => Object.freeze({ ...t }));
    const before = JSON.stringify([frozenNodes, frozenTies]);
    layoutNetwork(Object.freeze(frozenNodes), Object.freeze(frozenTies), box);
    expect(JSON.stringify([frozenNodes, frozenTies])).toBe(before);
  });

  it("layoutNetwork(one node) puts it in the centre; layoutNetwork(no nodes) is empty", () => {
    expect(layoutNetwork([node("a")], [], box).get("a")).toEqual({ x: 160, y: 120 });
    expect(layoutNetwork([], [], box).size).toBe(0);
  });

  it("layoutNetwork throws on a tie naming an unknown node", () => {
    expect(() => layoutNetwork(nodes, [tie("eg", "ghost")], box)).toThrow(/unknown node "ghost"/);
  });
});
