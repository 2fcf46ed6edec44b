import { describe, expect, test } from "vitest";
import { loadData } from "../csv/load-data.ts";
import { buildFigure } from "../charts/figure.ts";
import { CHARTS, getChart } from "../charts/registry.ts";
import { embedInfo, estimateEmbedHeight, thumbnail } from "./embed-info.ts";
import { absoluteUrl, figurePath } from "./paths.ts";

const data = loadData("src/lib/charts/__fixtures__/data");

describe("absoluteUrl(site, base, path)", () => {
  test("joins Astro's site, the base path and a path inside the site", () => {
    expect(absoluteUrl("https://example.org", "/wecare/", "embed/x/")).toBe("https://example.org/wecare/embed/x/");
    expect(absoluteUrl(new URL("https://example.org/"), "/", "embed.js")).toBe("https://example.org/embed.js");
  });

  test("says what to set when the site is unknown", () => {
    expect(() => absoluteUrl(undefined, "/", "x")).toThrow(/`site` is not set \(SITE_URL\)/);
  });
});

describe("figurePath(chapter, id)", () => {
  test("points at the figure's anchor in its chapter", () => {
    expect(figurePath("reti", "network-waves")).toBe("reti/#fig-network-waves");
  });
});

describe("embedInfo(figure, site, base)", () => {
  test("gives absolute URLs under the base path and a snippet pointing at them", () => {
    const f = buildFigure(getChart("timeline"), data);
    const info = embedInfo(f, "https://example.org", "/wecare/");
    expect(info.pageUrl).toBe("https://example.org/wecare/embed/timeline/");
    expect(info.oembedUrl).toBe("https://example.org/wecare/embed/timeline/oembed.json");
    expect(info.scriptUrl).toBe("https://example.org/wecare/embed.js");
    expect(info.snippet).toContain('src="https://example.org/wecare/embed/timeline/"');
    expect(thumbnail(f, "https://example.org", "/wecare/").url).toBe("https://example.org/wecare/grafici/timeline-1200x675.png");
  });
});

describe("estimateEmbedHeight(figure)", () => {
  test.each(CHARTS.map((c) => c.id))("%s: a plausible height, taller for more panels", (id) => {
    const h = estimateEmbedHeight(buildFigure(getChart(id), data));
    expect(h).toBeGreaterThan(300);
    expect(h).toBeLessThan(2000);
  });

  test("twelve small multiples need more room than one chart", () => {
    const waves = estimateEmbedHeight(buildFigure(getChart("network-waves"), data));
    const funding = estimateEmbedHeight(buildFigure(getChart("funding-by-case"), data));
    expect(waves).toBeGreaterThan(2 * funding);
  });
});
