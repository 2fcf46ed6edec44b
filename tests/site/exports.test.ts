// The image exports of every declared chart (src/lib/export/write-exports.ts, run by scripts/build.ts): a standalone
// slide SVG and two PNGs of exactly their declared size that are not blank and
// keep the drawing inside the slide; and the Open Graph images of the pages.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { CHARTS } from "../../src/lib/charts/registry.ts";
import { chartFiles, OG_SIZE } from "../../src/lib/export/files.ts";
import { decodePng, inkAtEdges, inkRatio, pngSize } from "../../src/lib/export/png.ts";
import { DIST, listPages, readPage, requireDist, SITE_BASE, chapterOf } from "../helpers/site.ts";

requireDist();
const ids = CHARTS.map((c) => c.id);
const file = (path: string) => join(DIST, path);

describe("every declared chart has its exports", () => {
  test.each(ids)("%s: the SVG is well-formed XML, 1920×1080, and needs nothing from the page", (id) => {
    const path = file(chartFiles(id).svg);
    expect(existsSync(path), path).toBe(true);
    const svg = readFileSync(path, "utf8");
    // resvg parses with roxmltree, a strict XML parser: a stray "&" or an unclosed tag throws.
    expect(() => new Resvg(svg)).not.toThrow();
    const { document } = parseHTML(svg);
    const root = document.querySelector("svg")!;
    expect([root.getAttribute("width"), root.getAttribute("height"), root.getAttribute("xmlns")]).toEqual([
      "1920",
      "1080",
      "http://www.w3.org/2000/svg",
    ]);
    expect(svg).not.toMatch(/var\(--|currentColor|="Canvas"|<style|class="plot-/);
  });

  test.each(ids.flatMap((id) => chartFiles(id).png.map((p) => [p.path, p.width, p.height] as const)))(
    "%s is exactly %i×%i px, has a drawing and keeps it inside the slide",
    (path, width, height) => {
      const png = readFileSync(file(path));
      expect(pngSize(png)).toMatchObject({ width, height });
      const img = decodePng(png);
      // A title, a chart and a source line: several per cent of the pixels are ink.
      expect(inkRatio(img)).toBeGreaterThan(0.02);
      // Nothing runs off the slide: the outer 2 % of each side is background.
      expect(inkAtEdges(img, Math.round(width * 0.02))).toBe(0);
    },
  );
});

describe("Open Graph images", () => {
  const withImage = listPages().flatMap((page) => {
    const content = readPage(page).querySelector('meta[property="og:image"]')?.getAttribute("content");
    return content ? [[page, content] as const] : [];
  });

  test("every chapter and the home page have one", () => {
    const pages = withImage.map(([p]) => p);
    expect(pages).toContain("index.html");
    for (const slug of CHARTS.map((c) => chapterOf(c.id))) expect(pages).toContain(`${slug}/index.html`);
  });

  test.each(withImage)("%s: its og:image is a %s PNG of 1200×675 with a drawing", (_page, url) => {
    const path = new URL(url).pathname.slice(SITE_BASE.length);
    const png = readFileSync(file(path));
    expect(pngSize(png)).toMatchObject(OG_SIZE);
    expect(inkRatio(decodePng(png))).toBeGreaterThan(0.01);
  });
});
