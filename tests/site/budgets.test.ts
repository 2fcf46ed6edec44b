import { describe, expect, test } from "vitest";
import { BUDGETS, pageWeight } from "../../src/lib/perf/page-weight.ts";
import { DIST, listPages, chapterOf } from "../helpers/site.ts";
import { CHARTS } from "../../src/lib/charts/registry.ts";
import { readdirSync } from "node:fs";

// Byte budgets of the performance issue. Measured on the real build (gzip -9).
const pages = listPages();
const chapterSlugs = readdirSync("src/content/chapters").map((f) => f.replace(/\.mdx$/, ""));
const chapters = pages.filter((p) => chapterSlugs.includes(p.replace(/\/index\.html$/, "")));
const embeds = pages.filter((p) => p.startsWith("embed/"));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe("page weight budgets", () => {
  test("every chapter was measured", () => {
    expect(chapters.length).toBe(chapterSlugs.length);
  });

  test.each(pages)("%s loads at most 10 KB gzip of JavaScript and 15 KB of CSS", (page) => {
    const w = pageWeight(DIST, page);
    expect(w.js.gzip, `JS ${kb(w.js.gzip)}`).toBeLessThanOrEqual(BUDGETS.jsPerPage);
    expect(w.css.gzip, `CSS ${kb(w.css.gzip)}`).toBeLessThanOrEqual(BUDGETS.cssPerPage);
  });

  test("the heaviest chapter page loads at most 40 KB gzip at first view", () => {
    const heaviest = chapters.map((p) => pageWeight(DIST, p)).sort((a, b) => b.total.gzip - a.total.gzip)[0]!;
    expect(heaviest.total.gzip, `${heaviest.page}: ${kb(heaviest.total.gzip)}`).toBeLessThanOrEqual(BUDGETS.chapterFirstView);
  });

  test.each(embeds)("embed %s loads at most 20 KB gzip in total", (page) => {
    const w = pageWeight(DIST, page);
    expect(w.total.gzip, kb(w.total.gzip)).toBeLessThanOrEqual(BUDGETS.embedTotal);
  });

  test("charts need no JavaScript: every chapter's charts are inline SVG in the HTML", async () => {
    const { readFileSync } = await import("node:fs");
    for (const chart of CHARTS) {
      const html = readFileSync(`${DIST}/${chapterOf(chart.id)}/index.html`, "utf8");
      expect(html, chart.id).toMatch(new RegExp(`<figure[^>]*id="fig-${chart.id}"[\\s\\S]*?<svg`));
    }
  });

  test("no page ships Plot, D3 or a chart library to the browser", async () => {
    const { readFileSync } = await import("node:fs");
    for (const page of pages) {
      for (const r of pageWeight(DIST, page).resources.filter((x) => x.kind === "js")) {
        const code = readFileSync(`${DIST}/${r.path}`, "utf8");
        expect(code, r.path).not.toMatch(/observablehq|forceSimulation|d3-(scale|selection|force)|scaleLinear\(/);
      }
    }
  });

  test("every image waits until it is scrolled to (loading=lazy)", async () => {
    const { readFileSync } = await import("node:fs");
    let images = 0;
    for (const page of pages) {
      for (const img of readFileSync(`${DIST}/${page}`, "utf8").match(/<img\b[^>]*>/g) ?? []) {
        images += 1;
        expect(img, page).toMatch(/\sloading="lazy"/);
      }
    }
    expect(images).toBeGreaterThan(0); // the gallery's previews
  });

  test("PNG exports are downloads, never loaded by a page", async () => {
    const { readFileSync } = await import("node:fs");
    for (const page of pages) {
      const html = readFileSync(`${DIST}/${page}`, "utf8");
      expect(html, page).not.toMatch(/<img[^>]+src="[^"]*\.png"/);
    }
  });
});
