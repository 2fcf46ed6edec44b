import { describe, expect, it } from "vitest";
import { indexNodes } from "./graph.ts";
import { largestRadii, nodeRadius } from "./node-radius.ts";
import { node, star, tie } from "./test-helpers.ts";

describe("nodeRadius and largestRadii", () => {
  it("nodeRadius grows with the square root of the degree, from 4 for an actor without ties", () => {
    expect([0, 1, 4, 9].map(nodeRadius)).toEqual([4, 5.5, 7, 8.5]);
  });

  it("largestRadii gives each actor its biggest circle over the waves, 4 to one never tied", () => {
    const nodes = ["h", "a", "b", "c", "d", "lone"].map((id) => node(id));
    const ties = [tie("h", "a", 1), ...star("h", ["a", "b", "c", "d"], 2), tie("a", "b", 3)];
    expect(Object.fromEntries(largestRadii(indexNodes(nodes), ties))).toEqual({ h: 7, a: 5.5, b: 5.5, c: 5.5, d: 5.5, lone: 4 });
  });
});
