import { describe, expect, test } from "vitest";
import { parseHTML } from "linkedom";
import type * as Plot from "@observablehq/plot";
import { loadData } from "../csv/load-data.ts";
import { fundingPerInhabitant } from "../data/derive.ts";
import { casesShareOfMeasure } from "./cases-share-of-measure.ts";
import { labelProblems, tieProblems } from "../network/test-helpers.ts";
import { buildFigure } from "./figure.ts";
import { fundingByCase } from "./funding-by-case.ts";
import { fundingPerInhabitantChart } from "./funding-per-inhabitant.ts";
import { placeInterventions } from "./interventions-by-case.ts";
import { CHART_IDS, CHARTS, getChart } from "./registry.ts";
import { NARROW_SIZE, PAGE_SIZE, renderChart } from "./render.ts";
import { timeline } from "./timeline.ts";

// A frozen copy of data/, so that staff editing a CSV never have to touch snapshots.
const data = loadData("src/lib/charts/__fixtures__/data");

type MarkData = { data?: unknown[] };
const marksOf = (spec: Plot.PlotOptions) => (spec.marks ?? []) as unknown as MarkData[];

describe("every declared chart", () => {
  // Its figure and image exports are cached under a key made of the CSV files it
  // declares (cache/chart-key.ts): reading any other dataset would leave them stale.
  test.each(CHARTS.map((c) => [c.id, c] as const))("%s draws the same figure from only the datasets it declares", (_, chart) => {
    const declared = Object.fromEntries(
      Object.entries(data).map(([name, rows]) => [name, (chart.datasets as readonly string[]).includes(name) ? rows : []]),
    ) as unknown as typeof data;
    expect(buildFigure(chart, declared)).toEqual(buildFigure(chart, data));
  });

  test.each(CHARTS.map((c) => [c.id, c] as const))("%s: its figure is plain data, read back unchanged from the figure cache (JSON)", (_, chart) => {
    const figure = buildFigure(chart, data);
    expect(JSON.parse(JSON.stringify(figure))).toEqual(figure);
  });

  test("has a unique id, a title and a source line", () => {
    expect(CHART_IDS.size).toBe(CHARTS.length);
    for (const c of CHARTS) {
      expect(c.id).toMatch(/^[a-z0-9-]+$/);
      expect(c.title.length, c.id).toBeGreaterThan(10);
      expect(c.source, c.id).toMatch(/^Fonte/);
    }
  });

  test.each(CHARTS.map((c) => c.id))("%s: describe(data) gives screen readers a text made from the data", (id) => {
    const text = getChart(id).describe(data);
    expect(text.length).toBeGreaterThan(60);
    expect(text).not.toMatch(/undefined|NaN|\[object/);
  });

  test.each(CHARTS.map((c) => c.id))("%s: table(data) has a value for every column of every row", (id) => {
    const t = getChart(id).table(data);
    expect(t.rows.length).toBeGreaterThan(0);
    for (const row of t.rows) for (const c of t.columns) expect(c.key in row, `${id}.${c.key}`).toBe(true);
  });

  test.each(CHARTS.map((c) => c.id))("%s renders to well-formed SVG, the same twice (snapshot)", async (id) => {
    const chart = getChart(id);
    const a = renderChart(chart, data);
    const b = renderChart(chart, data);
    expect(a).toEqual(b);
    for (const p of a.panels) {
      const doc = new (parseHTML("<html></html>").DOMParser)().parseFromString(p.svg, "image/svg+xml");
      expect(doc.querySelector("parsererror"), p.key).toBeNull();
      expect(p.svg).not.toMatch(/<style|style="|aria-label="[^"]*"[^>]*role=|NaN|undefined/);
    }
    await expect(a.panels.map((p) => p.svg).join("\n")).toMatchFileSnapshot(`__snapshots__/${id}.svg`);
  });
});

describe("rendering", () => {
  test("renderChart(chart) ids do not depend on what was rendered before", () => {
    const first = renderChart(fundingByCase, data);
    renderChart(timeline, data);
    renderChart(casesShareOfMeasure, data);
    expect(renderChart(fundingByCase, data)).toEqual(first);
  });

  test("renderChart(chart, data, NARROW_SIZE) draws a narrower chart with its own id prefix", () => {
    const wide = renderChart(timeline, data, PAGE_SIZE).panels[0]!.svg;
    const narrow = renderChart(timeline, data, NARROW_SIZE, "-n").panels[0]!.svg;
    expect(wide).toMatch(/viewBox="0 0 640 /);
    expect(narrow).toMatch(/viewBox="0 0 360 /);
  });

  test("renderChart never lets a data label become markup", () => {
    const hostile = loadData("tests/fixtures/hostile/data");
    for (const chart of CHARTS) {
      for (const p of renderChart(chart, hostile).panels) {
        const doc = new (parseHTML("<html></html>").DOMParser)().parseFromString(p.svg, "image/svg+xml");
        expect(doc.querySelectorAll("script, img, foreignObject, iframe").length, chart.id).toBe(0);
        const handlers = [...doc.querySelectorAll("*")].flatMap((el) =>
          [...el.attributes].filter((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value)).map((a) => a.name),
        );
        expect(handlers, chart.id).toEqual([]);
        expect(doc.querySelectorAll("svg").length, chart.id).toBe(1);
      }
    }
  });

  test("buildFigure(chart) gives the root svg an accessible name and description", () => {
    const f = buildFigure(fundingByCase, data);
    expect(f.panels[0]!.svg).toMatch(/^<svg role="img" aria-describedby="fig-funding-by-case-desc" aria-labelledby="fig-funding-by-case-title"/);
    expect(f.panels[0]!.narrow).toMatch(/^<svg role="img"/);
    expect(f.csv.split("\n")[0]).toBe("caso,capofila,progetto,abitanti,finanziamento_eur");
  });
});

/** Every circle of an SVG: centre and outer radius (its stroke included). */
function circlesOf(svg: string) {
  const doc = new (parseHTML("<html></html>").DOMParser)().parseFromString(svg, "image/svg+xml");
  return [...doc.querySelectorAll("circle")].map((c) => {
    const stroke = Number(c.getAttribute("stroke-width") ?? c.parentElement?.getAttribute("stroke-width") ?? 1);
    return { cx: Number(c.getAttribute("cx")), cy: Number(c.getAttribute("cy")), r: Number(c.getAttribute("r")) + stroke / 2, title: c.textContent ?? "" };
  });
}

describe("interventions-by-case: every line of intervention is a dot of its own", () => {
  // The report's own data/ too: a line of intervention added there must not hide behind another.
  const datasets = { fixture: data, "data/": loadData("data") };
  const sizes = { page: PAGE_SIZE, phone: NARROW_SIZE };
  test.each([
    ["fixture", "page"],
    ["fixture", "phone"],
    ["data/", "page"],
    ["data/", "phone"],
  ] as const)("no two dots overlap (%s, %s width)", (which, width) => {
    const rows = datasets[which];
    const size = sizes[width];
    const svg = renderChart(getChart("interventions-by-case"), rows, size).panels[0]!.svg;
    const dots = circlesOf(svg);
    expect(dots).toHaveLength(rows.interventions.length);
    for (const [i, a] of dots.entries()) {
      for (const b of dots.slice(i + 1)) {
        expect(Math.hypot(a.cx - b.cx, a.cy - b.cy), `${a.title} / ${b.title}`).toBeGreaterThanOrEqual(a.r + b.r);
      }
    }
  });
});

describe("chart specs", () => {
  test("fundingByCase.spec(data) draws one bar per financed project with its funding", () => {
    const bars = marksOf(fundingByCase.spec(data, PAGE_SIZE))[0]!.data as { funding_eur: number }[];
    expect(bars.map((b) => b.funding_eur)).toEqual([867617.14, 234782.47, 216701.57, 200327.31]);
  });

  test("fundingPerInhabitant is computed from funding and population, not typed in", () => {
    const al = data.funding.find((f) => f.case_id === "alessandria")!;
    expect(fundingPerInhabitant(al)).toBeCloseTo(867617.14 / 643111, 6);
    const rows = fundingPerInhabitantChart.table(data).rows;
    expect(rows.map((r) => r.euro_per_abitante)).toEqual([1.35, 1.52, 2.05, 2.28]);
  });

  test("casesShareOfMeasure marks the shares approximate and computes the remainder of the other projects", () => {
    const rows = casesShareOfMeasure.table(data).rows;
    expect(rows).toHaveLength(5);
    expect(rows[4]).toMatchObject({ voce: "Altri 18 progetti", euro: 6400000 - 1519428.49, approssimato: true });
    // The cases' amounts are Tabella 1's exact figures: only their shares are approximate.
    expect(rows.slice(0, 4).map((r) => r.approssimato)).toEqual([false, false, false, false]);
    expect(rows.reduce((t, r) => t + (r.quota as number), 0)).toBeCloseTo(1, 3);
    expect(casesShareOfMeasure.note?.(data)).toMatch(/approssimat/);
  });

  test.each(["alessandria", "borgomanero", "alba", "pianezza"])(
    "network-%s: every actor present in a wave carries its number, the list under the chart names it, and no number covers anything",
    (caseId) => {
      const figure = buildFigure(getChart(`network-${caseId}`), data);
      const actors = data.actors.filter((a) => a.case_id === caseId);
      // The list: every actor of the case once, numbered 1…n in the order of actors.csv, lead and deduced ones said so.
      expect(figure.key!.entries.map((e) => [e.number, e.id, e.label])).toEqual(actors.map((a, i) => [i + 1, a.actor_id, a.label]));
      for (const e of figure.key!.entries) {
        const a = actors.find((x) => x.actor_id === e.id)!;
        expect(e.detail.includes("capofila"), e.id).toBe(a.is_lead);
        expect(e.detail.includes("dedotto"), e.id).toBe(a.basis === "dedotto");
      }
      for (const panel of figure.panels) {
        const { document } = parseHTML(`<!doctype html><html><body>${panel.svg}</body></html>`);
        const present = [...document.querySelectorAll("g.node:not(.absent)")].map((g) => [g.getAttribute("data-id"), g.getAttribute("data-number")]);
        const numbers = [...document.querySelectorAll("g.labels text")].map((t) => [t.getAttribute("data-id"), t.textContent]);
        expect(numbers.sort()).toEqual(present.sort());
        expect(labelProblems(document, 320, 260), panel.key).toEqual([]);
      }
    },
  );

  // data/ too: a tie through an actor is a property of the drawing, so an edit to the CSV files can bring one back.
  test.each(
    [["the frozen copy", data] as const, ["data/", loadData("data")] as const].flatMap(([source, rows]) =>
      ["network-alessandria", "network-borgomanero", "network-alba", "network-pianezza", "network-waves"].map((id) => [id, source, rows] as const),
    ),
  )("%s (%s): no tie runs over an actor it does not connect, in any wave, present or faded", (id, _, rows) => {
    for (const panel of buildFigure(getChart(id), rows).panels) {
      const { document } = parseHTML(`<!doctype html><html><body>${panel.svg}</body></html>`);
      expect(document.querySelectorAll("line.tie").length, panel.key).toBeGreaterThan(0);
      expect(tieProblems(document), `${id} ${panel.label}`).toEqual([]);
    }
  });

  test("casesShareOfMeasure labels every segment with its share, the approximate remainder with «circa»", () => {
    for (const size of [PAGE_SIZE, NARROW_SIZE]) {
      const svg = renderChart(casesShareOfMeasure, data, size).panels[0]!.svg;
      const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
      for (const label of ["13,6%", "3,7%", "3,4%", "3,1%", "circa 76,3%"]) expect(texts, `${size.width}: ${label}`).toContain(label);
      // The remainder is the one approximate amount; each case's own amount is exact (Tabella 1).
      expect(texts.filter((t) => t.startsWith("circa"))).toEqual(["circa 76,3%"]);
    }
  });

  test("casesShareOfMeasure writes a label on a segment in the ink of that segment's colour (4.5:1, see palette.test.ts)", () => {
    const spec = casesShareOfMeasure.spec(data, PAGE_SIZE);
    const inside = marksOf(spec)[2]!.data as { text: string; ink: string }[];
    expect(inside.map((l) => [l.text, l.ink])).toEqual([
      ["13,6%", "var(--on-c1)"],
      ["circa 76,3%", "currentColor"],
    ]);
  });

  test("a network chart's note and legend say actors are dashed only when it draws actors deduced from the text", () => {
    const note = (id: string) => getChart(id).note?.(data) ?? "";
    expect(data.actors.some((a) => a.case_id === "alba" && a.basis === "dedotto")).toBe(true);
    expect(data.actors.some((a) => a.case_id === "pianezza" && a.basis === "dedotto")).toBe(false);
    expect(note("network-alba")).toMatch(/Tratteggiati: legami e attori dedotti/);
    expect(note("network-pianezza")).toMatch(/Tratteggiati: legami dedotti/);
    expect(note("network-waves")).toMatch(/legami e attori dedotti/);
    const dashedEntries = (id: string) => (getChart(id).legend?.(data) ?? []).filter((l) => l.dashed).map((l) => `${l.label}:${l.marker ?? "line"}`);
    expect(dashedEntries("network-alba")).toEqual(["Legame dedotto:line", "Attore dedotto:circle"]);
    expect(dashedEntries("network-pianezza")).toEqual(["Legame dedotto:line"]);
    // The line chart of tie counts draws no tie: it points to the table instead of to dashes.
    expect(note("network-metrics")).not.toMatch(/[Tt]ratteggiat/);
  });

  test("placeInterventions(rows, layout) sets the dots of a cell side by side, one step apart, centred", () => {
    const placed = placeInterventions(
      [
        { id: "a", case_id: "alba", policy_area: "casa" },
        { id: "b", case_id: "alba", policy_area: "casa" },
        { id: "c", case_id: "alba", policy_area: "lavoro" },
      ] as never,
      { colWidth: 100, rowHeight: 40, step: 20 },
    );
    const at = Object.fromEntries(placed.map((p) => [p.id, [p.x, p.y]]));
    expect(at.a![0]).toBeCloseTo(-0.1);
    expect(at.b![0]).toBeCloseTo(0.1);
    expect(at.c).toEqual([1, 2]);
    expect(at.a![1]).toBe(2);
  });

  test("placeInterventions(rows, layout) wraps a cell's dots onto a second line when they do not fit across", () => {
    const rows = ["a", "b", "c"].map((id) => ({ id, case_id: "alba", policy_area: "casa" }));
    const placed = placeInterventions(rows as never, { colWidth: 45, rowHeight: 40, step: 20 });
    expect(placed.map((p) => [+p.x.toFixed(3), +p.y.toFixed(3)])).toEqual([
      [-0.222, 1.75],
      [0.222, 1.75],
      [0, 2.25],
    ]);
  });

  test("timeline.spec draws a one-day event wide enough to see", () => {
    const spec = timeline.spec(data, PAGE_SIZE);
    const bars = marksOf(spec).flatMap((m) => (m.data ?? []) as { id: string; x1: Date; x2: Date }[]);
    for (const b of bars.filter((r) => r.x1 instanceof Date)) {
      expect(b.x2.getTime() - b.x1.getTime(), b.id).toBeGreaterThanOrEqual(30 * 86_400_000);
    }
  });
});
