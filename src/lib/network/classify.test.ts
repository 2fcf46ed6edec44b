import { describe, expect, it } from "vitest";
import {
  CLASSIFICATION_RULE_IT,
  NETWORK_CLASS_LABEL_IT,
  classifyNetwork,
  explainClassification,
} from "./classify.ts";
import { chain, node, star, tie } from "./test-helpers.ts";
import type { NetworkNode } from "./types.ts";

const leaves = ["a", "b", "c", "d"];
const withHub = (hub: NetworkNode, ...others: string[]) => [hub, ...others.map((id) => node(id))];

describe("classifyNetwork", () => {
  it("classifyNetwork(star around an ente gestore) is ente-gestore", () => {
    expect(classifyNetwork(withHub(node("h", "ente-gestore"), ...leaves), star("h", leaves), 1)).toBe("ente-gestore");
  });

  it("classifyNetwork(star around the lead body of another type) is ente-gestore", () => {
    expect(classifyNetwork(withHub(node("h", "comune", true), ...leaves), star("h", leaves), 1)).toBe("ente-gestore");
  });

  it("classifyNetwork(star around a lead body typed terzo-settore) is ente-gestore: the lead takes precedence", () => {
    expect(classifyNetwork(withHub(node("h", "terzo-settore", true), ...leaves), star("h", leaves), 1)).toBe(
      "ente-gestore",
    );
  });

  it("classifyNetwork(star around a third-sector actor) is terzo-settore", () => {
    expect(classifyNetwork(withHub(node("h", "terzo-settore"), ...leaves), star("h", leaves), 1)).toBe("terzo-settore");
  });

  it("classifyNetwork(star around a comune) is policentrica but names the centre", () => {
    const r = explainClassification(withHub(node("h", "comune"), ...leaves), star("h", leaves), 1);
    expect(r).toMatchObject({ networkClass: "policentrica", centreId: "h", topDegree: 4, secondDegree: 1 });
  });

  it("classifyNetwork(ring) is policentrica with no centre", () => {
    const ids = ["e", ...leaves];
    const r = explainClassification([node("e", "ente-gestore", true), ...leaves.map((id) => node(id))], chain(ids, true), 1);
    expect(r).toMatchObject({ networkClass: "policentrica", centreId: null });
    expect(r.centralization).toBeCloseTo(0, 10);
  });

  it("classifyNetwork(two equal hubs) is policentrica: a shared first place is not a centre", () => {
    // h1 and h2 (degree 4) each with three leaves: centralisation 18/42 and ratio 1
    const nodes = [node("h1", "ente-gestore"), node("h2", "terzo-settore"), ...["a", "b", "c", "x", "y", "z"].map((id) => node(id))];
    const ties = [tie("h1", "h2"), ...star("h1", ["a", "b", "c"]), ...star("h2", ["x", "y", "z"])];
    expect(classifyNetwork(nodes, ties, 1)).toBe("policentrica");
  });

  it("classifyNetwork is policentrica when the top actor dominates but centralisation is below 0.5", () => {
    // hub tied to six actors that also form a 3-regular prism: degrees 6 and 4 (ratio 1.5), centralisation 12/30
    const ring = ["a", "b", "c", "d", "e", "f"];
    const ties = [...star("h", ring), ...chain(ring, true), tie("a", "d"), tie("b", "e"), tie("c", "f")];
    const r = explainClassification(withHub(node("h", "ente-gestore", true), ...ring), ties, 1);
    expect(r).toMatchObject({ networkClass: "policentrica", centreId: null, topDegree: 6, secondDegree: 4 });
    expect(r.centralization).toBeCloseTo(0.4, 10);
  });

  it("classifyNetwork is policentrica when centralisation is high but the runner-up is close (ratio < 1.5)", () => {
    // h: a..e (5), a also tied to x, y, z (4): centralisation 29/56 ≈ 0.52, ratio 1.25
    const ties = [...star("h", ["a", "b", "c", "d", "e"]), ...star("a", ["x", "y", "z"])];
    const r = explainClassification(withHub(node("h", "ente-gestore"), "a", "b", "c", "d", "e", "x", "y", "z"), ties, 1);
    expect(r.centralization).toBeGreaterThanOrEqual(0.5);
    expect(r.networkClass).toBe("policentrica");
  });

  it("classifyNetwork(wheel of 6) is centred: both thresholds are inclusive", () => {
    // hub 5, rim 3 each: ratio 5/3, centralisation exactly 10/20 = 0.5
    const rim = ["a", "b", "c", "d", "e"];
    const r = explainClassification(withHub(node("h", "ente-gestore"), ...rim), [...star("h", rim), ...chain(rim, true)], 1);
    expect(r.centralization).toBeCloseTo(0.5, 10);
    expect(r.networkClass).toBe("ente-gestore");
  });

  it("classifyNetwork(top degree exactly 1.5 × the second) is centred", () => {
    // h: a, b, c; a: x → degrees 3, 2, 1, 1, 1; centralisation 7/12
    const ties = [...star("h", ["a", "b", "c"]), tie("a", "x")];
    const r = explainClassification(withHub(node("h", "terzo-settore"), "a", "b", "c", "x"), ties, 1);
    expect(r).toMatchObject({ networkClass: "terzo-settore", topDegree: 3, secondDegree: 2 });
  });

  it("classifyNetwork(fewer than three actors) is policentrica", () => {
    expect(classifyNetwork([node("h", "ente-gestore", true), node("a")], [tie("h", "a")], 1)).toBe("policentrica");
    expect(classifyNetwork([node("h", "ente-gestore", true)], [], 1)).toBe("policentrica");
  });

  it("classifyNetwork looks only at the requested wave", () => {
    const nodes = withHub(node("h", "ente-gestore"), ...leaves);
    const ties = [...star("h", leaves, 1), ...chain(leaves, true, 2)];
    expect(classifyNetwork(nodes, ties, 1)).toBe("ente-gestore");
    expect(classifyNetwork(nodes, ties, 2)).toBe("policentrica");
  });
});

describe("classification texts", () => {
  it("NETWORK_CLASS_LABEL_IT has the three Italian labels", () => {
    expect(NETWORK_CLASS_LABEL_IT).toEqual({
      "ente-gestore": "Accentrata sull'ente gestore",
      "terzo-settore": "Accentrata su un soggetto del terzo settore",
      policentrica: "Policentrica",
    });
  });

  it("CLASSIFICATION_RULE_IT states both thresholds in Italian number format", () => {
    expect(CLASSIFICATION_RULE_IT).toContain("1,5 volte");
    expect(CLASSIFICATION_RULE_IT).toContain("almeno 0,5");
  });
});
