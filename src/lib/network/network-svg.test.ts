import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { LABEL_MAX_SCALE, renderNetworkSvg, type NetworkSvgInput } from "./network-svg.ts";
import { node, shuffled, tie, xmlProblem } from "./test-helpers.ts";
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

  it("renderNetworkSvg labels the lead body and the top-degree actors, at most four, none covering another", () => {
    const texts = [...doc.querySelectorAll("g.labels text")].map((t) => t.getAttribute("data-id"));
    // c1's label would run into ts's just below it: c1 keeps only its tooltip.
    expect(texts).toEqual(["eg", "im", "ts"]);
    const apart = parse(renderNetworkSvg({ ...fixture, positions: new Map([...fixture.positions, ["c1", { x: 60, y: 150 }]]) }));
    expect([...apart.querySelectorAll("g.labels text")].map((t) => t.getAttribute("data-id"))).toEqual(["eg", "im", "ts", "c1"]);
    expect(doc.querySelector("g.labels")?.getAttribute("paint-order")).toBe("stroke");
    // long names are shortened on the chart (the tooltip keeps them whole)
    expect(doc.querySelector('text[data-id="ts"]')?.textContent).toBe("Cooperativa Sociale L'A…");
  });

  it("renderNetworkSvg places every label inside the drawing, even drawn at its largest size", () => {
    // A long name a quarter of the way in: centred under its node, it would start left of the drawing.
    const nearEdge = parse(
      renderNetworkSvg({
        ...fixture,
        nodes: fixture.nodes.map((n) => (n.id === "c1" ? { ...n, label: "Comune capofila dell'ambito territoriale" } : n)),
        positions: new Map([...fixture.positions, ["c1", { x: 80, y: 150 }]]),
      }),
    );
    expect(nearEdge.querySelector('text[data-id="c1"]')?.getAttribute("text-anchor")).toBe("start");
    // Estimated extent of each label at LABEL_MAX_SCALE: 0.56 em per character, as the placement assumes.
    const font = Number(doc.querySelector("g.labels")!.getAttribute("font-size")) * LABEL_MAX_SCALE;
    for (const t of [...doc.querySelectorAll("g.labels text"), ...nearEdge.querySelectorAll("g.labels text")]) {
      const x = Number(t.getAttribute("x"));
      const w = Array.from(t.textContent!).length * 0.56 * font;
      const anchor = t.getAttribute("text-anchor");
      const [left, right] = anchor === "middle" ? [x - w / 2, x + w / 2] : anchor === "start" ? [x, x + w] : [x - w, x];
      expect([t.getAttribute("data-id"), left >= 2 && right <= 318]).toEqual([t.getAttribute("data-id"), true]);
    }
    // No label but the lead's covers the circle of an actor present in the wave.
    for (const d of [doc, nearEdge]) {
      const circles = [...d.querySelectorAll("g.node:not(.absent) circle")].map((c) => ({
        id: c.parentElement!.getAttribute("data-id"),
        x: Number(c.getAttribute("cx")),
        y: Number(c.getAttribute("cy")),
        r: Number(c.getAttribute("r")),
      }));
      for (const t of d.querySelectorAll("g.labels text:not([data-id='eg'])")) {
        const x = Number(t.getAttribute("x"));
        const y = Number(t.getAttribute("y"));
        const w = Array.from(t.textContent!).length * 0.56 * font;
        const anchor = t.getAttribute("text-anchor");
        const left = anchor === "middle" ? x - w / 2 : anchor === "start" ? x : x - w;
        const covered = circles.filter((c) => c.id !== t.getAttribute("data-id") && c.x + c.r > left && c.x - c.r < left + w && c.y + c.r > y - 0.8 * font && c.y - c.r < y + 0.2 * font);
        expect([t.getAttribute("data-id"), covered.map((c) => c.id)]).toEqual([t.getAttribute("data-id"), []]);
      }
    }
    // The short name of a node in the middle stays centred under it; a long one near an edge runs inwards.
    expect(doc.querySelector('text[data-id="eg"]')?.getAttribute("text-anchor")).toBe("middle");
    expect(doc.querySelector('text[data-id="ts"]')?.getAttribute("text-anchor")).toBe("end");
  });

  it("renderNetworkSvg keeps the distinct ends of names that would be cut to the same text", () => {
    const twins = parse(
      renderNetworkSvg({
        ...fixture,
        nodes: fixture.nodes.map((n) =>
          n.id === "c1"
            ? { ...n, label: "Enti gestori dell'ambito Casale Monferrato" }
            : n.id === "ts"
              ? { ...n, label: "Enti gestori dell'ambito Acqui Terme–Ovada" }
              : n,
        ),
        positions: new Map([...fixture.positions, ["c1", { x: 60, y: 150 }]]),
      }),
    );
    expect(twins.querySelector('text[data-id="c1"]')?.textContent).toBe("…Casale Monferrato");
    expect(twins.querySelector('text[data-id="ts"]')?.textContent).toBe("…Acqui Terme–Ovada");
    // The tooltip keeps the whole name.
    expect(twins.querySelector('g.node[data-id="c1"] title')?.textContent).toContain("Enti gestori dell'ambito Casale Monferrato");
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
