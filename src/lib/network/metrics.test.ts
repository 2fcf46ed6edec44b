import { describe, expect, it } from "vitest";
import { freemanCentralization, networkMetrics } from "./metrics.ts";
import { chain, node, star, tie } from "./test-helpers.ts";

const nodes = (...ids: string[]) => ids.map((id) => node(id));

describe("networkMetrics", () => {
  it("networkMetrics(star of 4) has density 0.5, centralization 1 and the hub as most central", () => {
    const m = networkMetrics(nodes("h", "a", "b", "c"), star("h", ["a", "b", "c"]), 1);
    expect(m).toMatchObject({ wave: 1, actors: 4, ties: 3, mostCentral: ["h"], maxDegree: 3 });
    expect(m.density).toBeCloseTo(0.5, 10);
    expect(m.degreeCentralization).toBeCloseTo(1, 10);
  });

  it("networkMetrics(path of 4) has centralization 1/3 and both inner nodes as most central", () => {
    const m = networkMetrics(nodes("a", "b", "c", "d"), chain(["a", "b", "c", "d"]), 1);
    expect(m).toMatchObject({ actors: 4, ties: 3, mostCentral: ["b", "c"], maxDegree: 2 });
    expect(m.density).toBeCloseTo(0.5, 10);
    // degrees 1,2,2,1 → Σ(2 − d) = 2, over (4−1)(4−2) = 6
    expect(m.degreeCentralization).toBeCloseTo(1 / 3, 10);
  });

  it("networkMetrics(path of 3) is a star: centralization 1", () => {
    const m = networkMetrics(nodes("a", "b", "c"), chain(["a", "b", "c"]), 1);
    expect(m.degreeCentralization).toBeCloseTo(1, 10);
    expect(m.density).toBeCloseTo(2 / 3, 10);
  });

  it("networkMetrics(triangle) has density 1 and centralization 0", () => {
    const m = networkMetrics(nodes("a", "b", "c"), chain(["a", "b", "c"], true), 1);
    expect(m).toMatchObject({ actors: 3, ties: 3, mostCentral: ["a", "b", "c"], maxDegree: 2 });
    expect(m.density).toBeCloseTo(1, 10);
    expect(m.degreeCentralization).toBeCloseTo(0, 10);
  });

  it("networkMetrics(complete K4) has density 1 and centralization 0", () => {
    const ids = ["a", "b", "c", "d"];
    const ties = ids.flatMap((x, i) => ids.slice(i + 1).map((y) => tie(x, y)));
    const m = networkMetrics(nodes(...ids), ties, 1);
    expect(m).toMatchObject({ actors: 4, ties: 6, maxDegree: 3, mostCentral: ids });
    expect(m.density).toBeCloseTo(1, 10);
    expect(m.degreeCentralization).toBeCloseTo(0, 10);
  });

  it("networkMetrics(ring of 5) has centralization 0 and density 0.5", () => {
    const m = networkMetrics(nodes("a", "b", "c", "d", "e"), chain(["a", "b", "c", "d", "e"], true), 1);
    expect(m.degreeCentralization).toBeCloseTo(0, 10);
    expect(m.density).toBeCloseTo(0.5, 10);
  });

  it("networkMetrics(no ties) is all zeros with leadTieShare null", () => {
    const m = networkMetrics([node("a", "comune", true), node("b")], [], 1);
    expect(m).toEqual({
      wave: 1,
      actors: 0,
      ties: 0,
      density: 0,
      degreeCentralization: 0,
      mostCentral: [],
      maxDegree: 0,
      leadTieShare: null,
      inferredShare: 0,
    });
  });

  it("networkMetrics(single tie) has density 1, centralization 0 and both actors most central", () => {
    const m = networkMetrics(nodes("a", "b"), [tie("a", "b")], 1);
    expect(m).toMatchObject({ actors: 2, ties: 1, density: 1, degreeCentralization: 0, mostCentral: ["a", "b"] });
  });

  it("networkMetrics counts duplicate and reversed pairs once and ignores self-loops", () => {
    const m = networkMetrics(nodes("a", "b"), [tie("a", "b"), tie("b", "a"), tie("a", "b"), tie("a", "a")], 1);
    expect(m).toMatchObject({ actors: 2, ties: 1, maxDegree: 1 });
  });

  it("networkMetrics leaves isolates out of actors and density", () => {
    const m = networkMetrics(nodes("h", "a", "b", "c", "x", "y"), star("h", ["a", "b", "c"]), 1);
    expect(m.actors).toBe(4);
    expect(m.density).toBeCloseTo(0.5, 10);
    expect(m.degreeCentralization).toBeCloseTo(1, 10);
  });

  it("networkMetrics(wave 2) uses only the ties of wave 2", () => {
    const ties = [...star("h", ["a", "b", "c"], 1), tie("a", "b", 2)];
    expect(networkMetrics(nodes("h", "a", "b", "c"), ties, 2)).toMatchObject({ wave: 2, actors: 2, ties: 1 });
    expect(networkMetrics(nodes("h", "a", "b", "c"), ties, 3)).toMatchObject({ actors: 0, ties: 0 });
  });

  it("networkMetrics leadTieShare is 1 when the lead is the hub and 1/3 when it is a leaf", () => {
    const ties = star("h", ["a", "b", "c"]);
    const hubLead = [node("h", "ente-gestore", true), ...nodes("a", "b", "c")];
    const leafLead = [node("h"), node("a", "ente-gestore", true), ...nodes("b", "c")];
    expect(networkMetrics(hubLead, ties, 1).leadTieShare).toBeCloseTo(1, 10);
    expect(networkMetrics(leafLead, ties, 1).leadTieShare).toBeCloseTo(1 / 3, 10);
  });

  it("networkMetrics inferredShare counts a pair as inferred only if no copy of it was observed", () => {
    const ties = [tie("h", "a", 1, true), tie("h", "b", 1, true), tie("b", "h", 1, false), tie("h", "c")];
    // h–a inferred; h–b also reported, so observed; h–c observed → 1 of 3
    expect(networkMetrics(nodes("h", "a", "b", "c"), ties, 1).inferredShare).toBeCloseTo(1 / 3, 10);
  });

  it("networkMetrics throws on a tie naming an unknown node", () => {
    expect(() => networkMetrics(nodes("a"), [tie("a", "zz")], 1)).toThrow(/unknown node "zz"/);
  });
});

describe("freemanCentralization", () => {
  it("freemanCentralization(fewer than 3 degrees) is 0", () => {
    expect(freemanCentralization([])).toBe(0);
    expect(freemanCentralization([1, 1])).toBe(0);
  });

  it("freemanCentralization(star of 6) is 1", () => {
    expect(freemanCentralization([5, 1, 1, 1, 1, 1])).toBeCloseTo(1, 10);
  });
});
