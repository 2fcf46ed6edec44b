// The gallery (/grafici/) lists every declared chart with its chapter, a lazy
// preview, its downloads and its embed code; the presentation (/presentazione/)
// has one slide per entry of story.yaml plus the title slide, each addressable
// and labelled, and prints one 16:9 page per slide.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { CHART_IDS, CHARTS } from "../../src/lib/charts/registry.ts";
import { loadStory } from "../../src/lib/content/story.ts";
import { PATHS } from "../../src/lib/content/paths.ts";
import { chartFiles } from "../../src/lib/export/files.ts";
import { BUDGETS, pageWeight } from "../../src/lib/perf/page-weight.ts";
import { DIST, readPage, requireDist, SITE_BASE, chapterOf } from "../helpers/site.ts";

requireDist();
const inDist = (href: string) => join(DIST, new URL(href, "http://x/").pathname.slice(SITE_BASE.length));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const noInline = (page: string) => {
  const { document } = parseHTML(readFileSync(join(DIST, page), "utf8"));
  return {
    scripts: [...document.querySelectorAll("script")].filter((s) => !s.getAttribute("src")).length,
    styles: document.querySelectorAll("style, [style]").length,
  };
};

describe("the gallery /grafici/", () => {
  const doc = readPage("grafici/index.html");

  test.each(CHARTS.map((c) => [c.id, c] as const))("lists %s with its title, chapter, preview, downloads and embed code", (id, chart) => {
    const item = doc.getElementById(`grafico-${id}`)!;
    expect(item, id).not.toBeNull();
    expect(item.querySelector("h2")?.textContent?.trim()).toBe(chart.title);
    expect(item.querySelector(".gallery-chapter a")?.getAttribute("href")).toBe(`${SITE_BASE}${chapterOf(chart.id)}/#fig-${id}`);
    const img = item.querySelector("img")!;
    expect(img.getAttribute("loading")).toBe("lazy");
    expect(img.getAttribute("src")).toBe(`${SITE_BASE}${chartFiles(id).svg}`);
    expect(img.getAttribute("alt")!.length).toBeGreaterThan(40);
    const downloads = [...item.querySelectorAll(".chart-downloads a[download]")].map((a) => a.getAttribute("href")!);
    const files = chartFiles(id);
    expect(downloads).toEqual([files.csv, files.svg, ...files.png.map((p) => p.path)].map((p) => `${SITE_BASE}${p}`));
    for (const href of downloads) expect(existsSync(inDist(href)), href).toBe(true);
    expect(item.querySelector("textarea[readonly]")?.innerHTML).toContain("&lt;iframe");
    expect(item.querySelector(`button[data-copy="embed-code-${id}"]`)?.textContent).toBe("Copia il codice");
  });

  test("uses the page layout with 'Grafici' as the current page", () => {
    expect(doc.querySelector('.chapter-nav a[aria-current="page"]')?.getAttribute("href")).toBe(`${SITE_BASE}grafici/`);
  });

  test("loads at most 40 KB gzip at first view (previews are lazy) and no inline script or style", () => {
    const w = pageWeight(DIST, "grafici/index.html", SITE_BASE);
    expect(w.total.gzip, kb(w.total.gzip)).toBeLessThanOrEqual(BUDGETS.chapterFirstView);
    expect(w.js.gzip, kb(w.js.gzip)).toBeLessThanOrEqual(BUDGETS.jsPerPage);
    expect(noInline("grafici/index.html")).toEqual({ scripts: 0, styles: 0 });
  });
});

describe("the presentation /presentazione/", () => {
  const doc = readPage("presentazione/index.html");
  const slugs = new Set(readdirSync(PATHS.chapters).map((f) => f.replace(/\.mdx$/, "")));
  const story = loadStory(process.cwd(), PATHS.story, CHART_IDS, slugs);
  const slides = [...doc.querySelectorAll("section.slide")];

  test("has the title slide, one slide per finding and one per chart of story.yaml, in order", () => {
    expect(slides).toHaveLength(1 + story.findings.length + story.deck.length);
    expect(slides.map((s) => s.id)).toEqual(slides.map((_, i) => `slide-${i + 1}`));
    expect(slides[0]!.querySelector("h1")).not.toBeNull();
    story.findings.forEach((f, i) => expect(slides[1 + i]!.querySelector("h2")?.textContent?.trim()).toBe(f.title));
    story.deck.forEach((d, i) => {
      const slide = slides[1 + story.findings.length + i]!;
      expect(slide.querySelector("h2")?.textContent?.trim()).toBe(d.takeaway);
      expect(slide.querySelector(`figure[data-chart="${d.chart}"] .chart-body svg`), d.chart).not.toBeNull();
    });
  });

  test("labels every slide with its heading and links findings to their chapters", () => {
    for (const s of slides) {
      const label = doc.getElementById(s.getAttribute("aria-labelledby") ?? "");
      expect(label?.tagName, s.id).toMatch(/^H[12]$/);
    }
    for (const a of doc.querySelectorAll(".slide-link a")) expect(existsSync(join(inDist(a.getAttribute("href")!), "index.html"))).toBe(true);
  });

  test("has a live region for the slide number and controls that wait for the script", () => {
    expect(doc.getElementById("deck-status")?.getAttribute("aria-live")).toBe("polite");
    expect(doc.querySelector(".deck-controls")?.hasAttribute("hidden")).toBe(true);
  });

  test("prints one 16:9 page per slide", () => {
    const css = [...doc.querySelectorAll('link[rel="stylesheet"]')]
      .map((l) => inDist(l.getAttribute("href")!))
      .filter((f) => existsSync(f))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    expect(css).toMatch(/@page\s*\{\s*size:\s*16in 9in;\s*margin:\s*0;?\s*\}/);
    expect(css).toMatch(/break-after:\s*page/);
  });

  test("runs no inline script or style", () => {
    expect(noInline("presentazione/index.html")).toEqual({ scripts: 0, styles: 0 });
  });
});
