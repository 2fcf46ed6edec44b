import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderNetworkSvg, type NetworkSvgInput } from "./network-svg.ts";
import { labelProblems, node, shuffled, tie, xmlProblem } from "./test-helpers.ts";
import type { Point } from "./types.ts";

const colors: Record<string, string> = {
  "ente-gestore": "#1b6ca8",
  comune: "#e08a1e",
  "terzo-settore": "#3a9a5b",
  impresa: "#9b59b6",
  "altro-pubblico": "#7f8c8d",
};
const labels: Record<string, string> = {
  "ente-gestore": "Ente gestore",
  comune: "Comune",
  "terzo-settore": "Terzo settore",
  impresa: "Impresa",
  "altro-pubblico": "Altro ente pubblico",
};

/** Five actors; in wave 1 "ap" has no ties, "ts"–"im" is inferred. */
const fixture: NetworkSvgInput = {
  id: "caso-a",
  title: "Caso A",
  nodes: [
    node("eg", "ente-gestore", true, "Consorzio Servizi Sociali"),
    node("c1", "comune", false, "Comune di Esempio"),
    node("ts", "terzo-settore", false, "Cooperativa Sociale L'Aquilone"),
    node("im", "impresa", false, "Impresa"),
    node("ap", "altro-pubblico", false, "ASL"),
  ],
  ties: [
    tie("eg", "c1", 1),
    tie("eg", "ts", 1),
    tie("eg", "im", 1),
    tie("ts", "im", 1, true),
    tie("eg", "c1", 2),
    tie("c1", "ap", 2),
  ],
  positions: new Map<string, Point>([
    ["eg", { x: 160, y: 110 }],
    ["c1", { x: 60.25, y: 50 }],
    ["ts", { x: 270, y: 60 }],
    ["im", { x: 250, y: 200 }],
    ["ap", { x: 40, y: 190 }],
  ]),
  wave: 1,
  width: 320,
  height: 240,
  typeColor: (type) => colors[type] ?? "#999",
  typeLabel: (type) => labels[type] ?? type,
  waveLabel: "Rilevazione 1 (avvio)",
};

const parse = (svg: string) => new DOMParser().parseFromString(svg, "image/svg+xml");

describe("renderNetworkSvg", () => {
  const svg = renderNetworkSvg(fixture);
  const doc = parse(svg);

  it("renderNetworkSvg output is well-formed XML with an svg root", () => {
    expect(xmlProblem(svg)).toBeNull();
    expect(doc.documentElement.tagName.toLowerCase()).toBe("svg");
  });

  it("renderNetworkSvg labels the svg with its title, which names the wave", () => {
    expect(svg.startsWith(
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 240" width="320" height="240" class="network" role="img" aria-labelledby="caso-a-w1-title"`,
    )).toBe(true);
    expect(doc.querySelector("title#caso-a-w1-title")?.textContent).toBe("Caso A — Rilevazione 1 (avvio)");
  });

  it("renderNetworkSvg draws this wave's distinct ties with data attributes", () => {
    const lines = [...doc.querySelectorAll("g.ties line.tie")];
    expect(lines.map((l) => `${l.getAttribute("data-from")}-${l.getAttribute("data-to")}`)).toEqual([
      "c1-eg",
      "eg-im",
      "eg-ts",
      "im-ts",
    ]);
    expect(lines.every((l) => l.getAttribute("data-wave") === "1")).toBe(true);
  });

  it("renderNetworkSvg gives inferred ties the inferred class and a dash pattern", () => {
    const inferred = [...doc.querySelectorAll("line.inferred")];
    expect(inferred).toHaveLength(1);
    expect(inferred[0]?.getAttribute("data-from")).toBe("im");
    expect(inferred[0]?.getAttribute("stroke-dasharray")).toBeTruthy();
    expect(doc.querySelectorAll("line[stroke-dasharray]")).toHaveLength(1);
  });

  it("renderNetworkSvg draws every node once, by id, fading those without ties in this wave", () => {
    const groups = [...doc.querySelectorAll("g.node")];
    expect(groups.map((g) => g.getAttribute("data-id"))).toEqual(["ap", "c1", "eg", "im", "ts"]);
    expect(groups.map((g) => g.getAttribute("data-degree"))).toEqual(["0", "1", "3", "2", "2"]);
    expect([...doc.querySelectorAll("g.node.absent")].map((g) => g.getAttribute("data-id"))).toEqual(["ap"]);
    // in wave 2 "ap" has a tie and the others except eg and c1 are absent
    const w2 = parse(renderNetworkSvg({ ...fixture, wave: 2 }));
    expect([...w2.querySelectorAll("g.node.absent")].map((g) => g.getAttribute("data-id"))).toEqual(["im", "ts"]);
  });

  it("renderNetworkSvg writes an Italian tooltip with label, type and number of ties", () => {
    const tip = (id: string) => doc.querySelector(`g.node[data-id="${id}"] title`)?.textContent;
    expect(tip("eg")).toBe("Consorzio Servizi Sociali\nEnte gestore\n3 legami in questa rilevazione");
    expect(tip("c1")).toBe("Comune di Esempio\nComune\n1 legame in questa rilevazione");
    expect(tip("ap")).toBe("ASL\nAltro ente pubblico\nnessun legame in questa rilevazione");
  });

  it("renderNetworkSvg marks an actor deduced from the text: dashed outline, class and tooltip", () => {
    const withInferred = parse(
      renderNetworkSvg({ ...fixture, nodes: fixture.nodes.map((n) => (n.id === "c1" ? { ...n, inferred: true } : n)) }),
    );
    const c1 = withInferred.querySelector(`g.node[data-id="c1"]`)!;
    expect(c1.getAttribute("class")).toBe("node inferred");
    expect(c1.querySelector("circle")?.getAttribute("stroke-dasharray")).toBeTruthy();
    expect(c1.querySelector("title")?.textContent).toBe("Comune di Esempio\nComune\nattore dedotto dal testo\n1 legame in questa rilevazione");
    // Only that actor: stated ones keep a solid outline.
    expect(withInferred.querySelectorAll("g.node circle[stroke-dasharray]")).toHaveLength(1);
    expect(doc.querySelectorAll("g.node circle[stroke-dasharray]")).toHaveLength(0);
  });

  it("renderNetworkSvg sizes circles by degree, colours them by type and rings the lead body", () => {
    const circle = (id: string) => doc.querySelector(`g.node[data-id="${id}"] circle`);
    expect(circle("ap")?.getAttribute("r")).toBe("4");
    expect(circle("eg")?.getAttribute("r")).toBe("6.6"); // 4 + 1.5·√3
    expect(circle("eg")?.getAttribute("fill")).toBe("#1b6ca8");
    expect(circle("eg")?.getAttribute("stroke-width")).toBe("2.5");
    expect(circle("c1")?.getAttribute("cx")).toBe("60.3");
  });

  it("renderNetworkSvg without numbers names only the lead body (small multiples)", () => {
    const texts = [...doc.querySelectorAll("g.labels text")];
    expect(texts.map((t) => [t.getAttribute("data-id"), t.textContent])).toEqual([["eg", "Consorzio Servizi Sociali"]]);
    expect(doc.querySelector("g.labels")?.getAttribute("paint-order")).toBe("stroke");
    // A long lead name near an edge runs inwards instead of off the drawing, and is shortened.
    const nearEdge = parse(
      renderNetworkSvg({
        ...fixture,
        nodes: fixture.nodes.map((n) => (n.id === "eg" ? { ...n, label: "Consorzio capofila dell'ambito territoriale" } : n)),
        positions: new Map([...fixture.positions, ["eg", { x: 30, y: 110 }]]),
      }),
    );
    const t = nearEdge.querySelector('text[data-id="eg"]')!;
    expect(t.getAttribute("text-anchor")).toBe("start");
    expect(t.textContent).toBe("Consorzio capofila…");
    expect(labelProblems(nearEdge, 320, 240)).toEqual([]);
  });

  const numbers = new Map([
    ["eg", 1],
    ["c1", 2],
    ["ts", 3],
    ["im", 4],
    ["ap", 5],
  ]);
  const numbered = parse(renderNetworkSvg({ ...fixture, numbers }));

  it("renderNetworkSvg with numbers marks every actor present in the wave with its number, also in its tooltip", () => {
    const texts = [...numbered.querySelectorAll("g.labels text")].map((t) => [t.getAttribute("data-id"), t.textContent]);
    // "ap" has no tie in wave 1: faded, and not numbered.
    expect(texts).toEqual([
      ["eg", "1"],
      ["c1", "2"],
      ["ts", "3"],
      ["im", "4"],
    ]);
    expect(numbered.querySelector('g.node[data-id="c1"] title')?.textContent).toMatch(/^2\. Comune di Esempio\n/);
    expect(numbered.querySelector('g.node[data-id="c1"]')?.getAttribute("data-number")).toBe("2");
    const w2 = parse(renderNetworkSvg({ ...fixture, numbers, wave: 2 }));
    expect([...w2.querySelectorAll("g.labels text")].map((t) => t.textContent)).toEqual(["1", "2", "5"]);
  });

  it("renderNetworkSvg places numbers inside the drawing, off every circle and every other number, even drawn at their largest size", () => {
    expect(labelProblems(numbered, 320, 240)).toEqual([]);
    // Twelve actors crowded in a ring: every one still gets a number that covers nothing.
    const ring = Array.from({ length: 12 }, (_, i) => node(`n${i}`, "comune", i === 0, `Attore ${i}`));
    const crowded = parse(
      renderNetworkSvg({
        ...fixture,
        nodes: ring,
        ties: ring.slice(1).map((n) => tie("n0", n.id, 1)),
        positions: new Map(ring.map((n, i) => [n.id, i === 0 ? { x: 160, y: 120 } : { x: 160 + 60 * Math.cos(i / 1.75), y: 120 + 60 * Math.sin(i / 1.75) }])),
        numbers: new Map(ring.map((n, i) => [n.id, i + 1])),
      }),
    );
    expect(crowded.querySelectorAll("g.labels text").length).toBe(12);
    expect(labelProblems(crowded, 320, 240)).toEqual([]);
  });

  it("renderNetworkSvg puts a number above its actor when neighbours block both sides (its own circle is no obstacle)", () => {
    const five = ["a", "b", "c", "d", "e"].map((id) => node(id));
    const svg = parse(
      renderNetworkSvg({
        ...fixture,
        nodes: five,
        ties: [tie("a", "b"), tie("a", "c"), tie("a", "d"), tie("a", "e"), tie("b", "d"), tie("c", "e")],
        positions: new Map([
          ["a", { x: 160, y: 120 }],
          ["b", { x: 180, y: 120 }],
          ["c", { x: 140, y: 120 }],
          ["d", { x: 250, y: 30 }],
          ["e", { x: 60, y: 220 }],
        ]),
        numbers: new Map(five.map((n, i) => [n.id, i + 1])),
      }),
    );
    expect(svg.querySelector('text[data-id="a"]')?.getAttribute("data-place")).toBe("a");
    expect(labelProblems(svg, 320, 240)).toEqual([]);
  });

  it("renderNetworkSvg throws when numbers leave out an actor", () => {
    expect(() => renderNetworkSvg({ ...fixture, numbers: new Map([["eg", 1]]) })).toThrow(/no number for node "ap"/);
  });

  it("renderNetworkSvg writes numbers with at most one decimal", () => {
    const numeric = [...svg.matchAll(/ (?:x|y|x1|y1|x2|y2|cx|cy|r|font-size)="([^"]*)"/g)].map((m) => m[1]);
    expect(numeric.length).toBeGreaterThan(0);
    for (const v of numeric) expect(v).toMatch(/^-?\d+(\.\d)?$/);
  });

  it("renderNetworkSvg escapes every data string", () => {
    const evil = renderNetworkSvg({
      ...fixture,
      id: 'x"y',
      title: "<b>Caso</b> & co",
      nodes: [
        node("eg", "ente-gestore", true, "<script>alert(1)</script>"),
        node('"><img onerror=x>', "<t>", false, "'quoted'"),
      ],
      ties: [tie("eg", '"><img onerror=x>')],
      positions: new Map([
        ["eg", { x: 100, y: 100 }],
        ['"><img onerror=x>', { x: 200, y: 100 }],
      ]),
      typeColor: () => 'red" onload="x',
      typeLabel: (t) => t,
    });
    expect(xmlProblem(evil)).toBeNull();
    expect(evil).not.toMatch(/<script|<img|<b>|<t>|onload="/);
    expect(evil).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(evil).toContain('data-id="&quot;&gt;&lt;img onerror=x&gt;"');
    expect(evil).toContain("&lt;b&gt;Caso&lt;/b&gt; &amp; co");
    expect(evil).toContain('aria-labelledby="x&quot;y-w1-title"');
  });

  it("renderNetworkSvg is deterministic and independent of input order", () => {
    const again = renderNetworkSvg({ ...fixture, nodes: shuffled(fixture.nodes), ties: shuffled(fixture.ties) });
    expect(again).toBe(svg);
  });

  it("renderNetworkSvg throws when a node has no position", () => {
    expect(() => renderNetworkSvg({ ...fixture, positions: new Map() })).toThrow(/no position/);
  });

  it("renderNetworkSvg(5-node fixture) matches the stored SVG", async () => {
    await expect(svg).toMatchFileSnapshot("__snapshots__/network-small.svg");
  });
});

describe("xmlProblem (the well-formedness check used above)", () => {
  it("xmlProblem rejects unbalanced tags, raw < and &, duplicate attributes and two roots", () => {
    for (const bad of ["<a><b></a>", '<a x="<"/>', '<a x="&"/>', "<a>&</a>", "<a/><b/>", '<a x="1" x="2"/>', "<a x=1/>"]) {
      expect(xmlProblem(bad), bad).not.toBeNull();
    }
    expect(xmlProblem('<a x="1">t &amp; &#39;<b/></a>')).toBeNull();
  });
});
