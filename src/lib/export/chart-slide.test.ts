import { describe, expect, test } from "vitest";
import { Resvg } from "@resvg/resvg-js";
import { loadData } from "../csv/load-data.ts";
import { CHARTS, getChart } from "../charts/registry.ts";
import { chartSlideLayout, titleSlide } from "./chart-slide.ts";
import { SLIDE } from "./slide.ts";

// The frozen copy of data/ the chart tests use.
const data = loadData("src/lib/charts/__fixtures__/data");
const ids = CHARTS.map((c) => c.id);

describe("chartSlideLayout(chart, data)", () => {
  test.each(ids)("%s: the chart stays inside the slide, clear of its margins", (id) => {
    const { placements } = chartSlideLayout(getChart(id), data);
    expect(placements.length).toBeGreaterThan(0);
    for (const { box } of placements) {
      expect(box.x).toBeGreaterThanOrEqual(60);
      expect(box.y).toBeGreaterThanOrEqual(150);
      expect(box.x + box.width).toBeLessThanOrEqual(SLIDE.width - 60);
      expect(box.y + box.height).toBeLessThanOrEqual(SLIDE.height - 60);
    }
  });

  test.each(ids)("%s: its smallest text is at least 16 px on the 1920×1080 slide", (id) => {
    expect(chartSlideLayout(getChart(id), data).fontPx).toBeGreaterThanOrEqual(16);
  });

  test.each(ids)("%s: the SVG stands alone (strict XML, resolved colours, no page classes)", (id) => {
    const { svg } = chartSlideLayout(getChart(id), data);
    expect(() => new Resvg(svg)).not.toThrow();
    expect(svg).not.toMatch(/var\(--|currentColor|="Canvas"|system-ui|<style|<title/);
  });

  test("network-waves: the twelve panels are at least 230 px wide, each case's waves in one row", () => {
    const { placements } = chartSlideLayout(getChart("network-waves"), data);
    expect(placements).toHaveLength(12);
    for (const p of placements) expect(p.box.width).toBeGreaterThanOrEqual(230);
    expect(placements[2]!.box.y).toBe(placements[0]!.box.y);
  });

  test("network-waves names only the lead body in each of the twelve panels", () => {
    const { svg } = chartSlideLayout(getChart("network-waves"), data);
    const texts = [...svg.matchAll(/<text class="label[^"]*" data-id="([^"]+)"/g)];
    expect(texts.length).toBe(12);
  });

  test("a case network's slide lists every actor by number and name, under the panels", () => {
    const { svg, placements } = chartSlideLayout(getChart("network-alessandria"), data);
    const actors = data.actors.filter((a) => a.case_id === "alessandria");
    const plain = svg.replace(/&#39;/g, "'").replace(/&apos;/g, "'");
    for (const a of actors) expect(plain, a.label).toContain(a.label.slice(0, 20));
    const listTop = Number(/<text x="[\d.]+" y="([\d.]+)"[^>]*font-weight="700"[^>]*>Gli attori</.exec(svg)![1]);
    for (const p of placements) expect(p.box.y + p.box.height).toBeLessThan(listTop - 24);
  });
});

describe("titleSlide(title, subtitle, kicker)", () => {
  test("is a 1920×1080 SVG with the three texts", () => {
    const svg = titleSlide("Un titolo", "Un sottotitolo più lungo", "Sopra");
    expect(svg).toMatch(/width="1920" height="1080"/);
    expect(svg).toContain(">Un titolo<");
    expect(svg).toContain(">SOPRA<");
  });
});
