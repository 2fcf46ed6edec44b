import { describe, expect, it } from "vitest";
import { clearTies, type Disc } from "./clear-ties.ts";
import { segmentDistance } from "./test-helpers.ts";
import type { Point } from "./types.ts";

const bounds = { left: 0, top: 0, right: 300, bottom: 200 };
const disc = (id: string, x: number, y: number, r = 5): Disc => ({ id, x, y, r });
const angleAt = (h: Point, p: Point, q: Point) =>
  (Math.abs(Math.atan2(p.y - h.y, p.x - h.x) - Math.atan2(q.y - h.y, q.x - h.x)) * 180) / Math.PI;

describe("clearTies", () => {
  it("clearTies(node exactly on a tie it is not part of) moves it straight off the tie, to its radius + gap", () => {
    const out = clearTies([disc("a", 20, 100), disc("b", 220, 100), disc("c", 120, 100, 6)], [{ a: "a", b: "b" }], bounds);
    expect(segmentDistance(out.get("c")!, out.get("a")!, out.get("b")!)).toBeGreaterThanOrEqual(6 + 4);
    expect(out.get("c")!.x).toBe(120);
    expect(out.get("a")).toEqual({ x: 20, y: 100 });
    expect(out.get("b")).toEqual({ x: 220, y: 100 });
  });

  it("clearTies(node just above a tie) moves it further up, the side it was on", () => {
    const out = clearTies([disc("a", 20, 100), disc("b", 220, 100), disc("c", 120, 98)], [{ a: "a", b: "b" }], bounds);
    expect(out.get("c")!.y).toBeLessThanOrEqual(100 - 5 - 4);
  });

  it("clearTies leaves alone a straight path and nodes already clear", () => {
    const discs = [disc("a", 20, 100), disc("b", 120, 100), disc("c", 220, 100), disc("d", 120, 50)];
    const out = clearTies(discs, [{ a: "a", b: "b" }, { a: "b", b: "c" }], bounds);
    expect([...out]).toEqual(discs.map((d) => [d.id, { x: d.x, y: d.y }]));
  });

  it("clearTies(node on a tie, against the border) moves the tie instead, keeping everything inside", () => {
    const out = clearTies([disc("a", 20, 198), disc("b", 220, 198), disc("c", 120, 200)], [{ a: "a", b: "b" }], bounds);
    expect(segmentDistance(out.get("c")!, out.get("a")!, out.get("b")!)).toBeGreaterThanOrEqual(5 + 4);
    for (const p of out.values()) expect(p.y).toBeLessThanOrEqual(200);
  });

  it("clearTies pushes two overlapping circles apart to the sum of their radii + gap", () => {
    const out = clearTies([disc("p", 100, 100, 5), disc("q", 103, 100, 6)], [], bounds);
    const [p, q] = [out.get("p")!, out.get("q")!];
    expect(Math.hypot(q.x - p.x, q.y - p.y)).toBeGreaterThanOrEqual(5 + 6 + 4);
  });

  it("clearTies opens two ties of one actor that leave it almost as one line to at least minAngle", () => {
    const edges = [{ a: "h", b: "a" }, { a: "h", b: "b" }];
    const discs = [disc("h", 50, 100), disc("a", 200, 100), disc("b", 110, 104)];
    expect(angleAt(discs[0]!, discs[1]!, discs[2]!)).toBeLessThan(4);
    const out = clearTies(discs, edges, bounds, { minAngle: 15 });
    expect(angleAt(out.get("h")!, out.get("a")!, out.get("b")!)).toBeGreaterThanOrEqual(15);
  });

  it("clearTies does not mutate its input and gives the same result twice", () => {
    const discs = [disc("a", 20, 100), disc("b", 220, 100), disc("c", 120, 100)].map((d) => Object.freeze(d));
    const edges = [Object.freeze({ a: "a", b: "b" })];
    const first = JSON.stringify([...clearTies(discs, edges, bounds)]);
    expect(JSON.stringify([...clearTies(discs, edges, bounds)])).toBe(first);
    expect(discs[2]).toEqual(disc("c", 120, 100));
  });

  it("clearTies throws on an edge naming an unknown node", () => {
    expect(() => clearTies([disc("a", 0, 0)], [{ a: "a", b: "ghost" }], bounds)).toThrow(/unknown node "ghost"/);
  });
});
