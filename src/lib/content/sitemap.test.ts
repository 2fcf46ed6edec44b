import { describe, expect, test } from "vitest";
import { isListed, robotsTxt, routePaths, sitemapXml } from "./sitemap.ts";

describe("routePaths(file, params)", () => {
  test("maps static routes to their directory path, the home page to the empty path", () => {
    expect(routePaths("./index.astro")).toEqual([""]);
    expect(routePaths("./glossario.astro")).toEqual(["glossario/"]);
    expect(routePaths("./dati/index.astro")).toEqual(["dati/"]);
  });

  test("fills dynamic and rest segments from getStaticPaths params", () => {
    expect(routePaths("./[slug].astro", [{ slug: "reti" }, { slug: "analisi" }])).toEqual(["reti/", "analisi/"]);
    expect(routePaths("./embed/[id].astro", [{ id: "timeline" }])).toEqual(["embed/timeline/"]);
    expect(routePaths("./docs/[...path].astro", [{ path: "a/b" }])).toEqual(["docs/a/b/"]);
  });

  test("throws when a param is missing (a bug in the route, not in the content)", () => {
    expect(() => routePaths("./[slug].astro", [{}])).toThrow("[slug]");
  });
});

describe("isListed(path)", () => {
  test("leaves out the 404 page and the embeds", () => {
    expect(["", "reti/", "cerca/", "404/", "embed/timeline/"].filter(isListed)).toEqual(["", "reti/", "cerca/"]);
  });
});

describe("sitemapXml(urls) and robotsTxt(url)", () => {
  test("writes sorted, unique, escaped locations", () => {
    expect(sitemapXml(["https://e.org/b/", "https://e.org/a/?x=1&y=2", "https://e.org/b/"])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        "  <url><loc>https://e.org/a/?x=1&amp;y=2</loc></url>\n  <url><loc>https://e.org/b/</loc></url>\n</urlset>\n",
    );
  });

  test("robots.txt points to the sitemap", () => {
    expect(robotsTxt("https://e.org/wecare/sitemap.xml")).toContain("\nSitemap: https://e.org/wecare/sitemap.xml\n");
  });
});
