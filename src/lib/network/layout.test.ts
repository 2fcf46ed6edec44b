import { describe, expect, it } from "vitest";
import { layoutNetwork } from "./layout.ts";
import { chain, node, shuffled, star, tie } from "./test-helpers.ts";
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
