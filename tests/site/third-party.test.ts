// No request leaves the site's own origin: no script, stylesheet, font, image,
// frame or preconnect on another host, in the HTML or in the built CSS. Links a
// reader chooses to follow, and canonical/og: metadata, are not requests.
// The CSP that enforces this in browsers is the same in the <meta> tag and in public/_headers.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { CSP } from "../../src/lib/content/csp.ts";
import { effectiveHeaders, parseHeaders } from "../helpers/headers.ts";
import { DIST, listFiles, listPages, requireDist } from "../helpers/site.ts";
import { isOtherOrigin, thirdPartyInCss, thirdPartyInHtml } from "../helpers/third-party.ts";

const FIXTURE = resolve(import.meta.dirname, "../fixtures/third-party");
const ROOT = resolve(import.meta.dirname, "../..");

describe("thirdPartyInHtml(html) and thirdPartyInCss(css)", () => {
  test("catch every request to another host in the fixture, and nothing else", () => {
    expect(thirdPartyInHtml(readFileSync(join(FIXTURE, "index.html"), "utf8"))).toEqual([
      "<script src> https://cdn.example.net/analytics.js",
      "<img src> //images.example.com/foto.jpg",
      "<img srcset> https://cdn.example.net/big.png",
      "<iframe src> https://www.youtube.com/embed/xyz",
      '<link rel="preconnect"> https://fonts.gstatic.com',
      '<link rel="stylesheet"> https://fonts.googleapis.com/css2?family=Inter',
      'style="url()" https://tracker.example.com/p.gif',
    ]);
    expect(thirdPartyInCss(readFileSync(join(FIXTURE, "style.css"), "utf8"))).toEqual([
      "url() https://fonts.example.com/x.woff2",
      "url() https://fonts.example.com/font.css",
    ]);
  });

  test("isOtherOrigin(url, siteOrigin) treats the site's own absolute URLs as its own", () => {
    expect(isOtherOrigin("https://example.org/a.js")).toBe(true);
    expect(isOtherOrigin("https://example.org/a.js", "https://example.org")).toBe(false);
    expect(isOtherOrigin("/a.js")).toBe(false);
    expect(isOtherOrigin("data:image/png;base64,AAAA")).toBe(false);
  });
});

describe("the built site", () => {
  test("no page makes the browser request another host", () => {
    const dir = requireDist(DIST);
    const found = listPages(dir).flatMap((file) =>
      thirdPartyInHtml(readFileSync(join(dir, file), "utf8")).map((f) => `${file}: ${f}`),
    );
    expect(found).toEqual([]);
  });

  test("no built stylesheet imports or loads anything from another host", () => {
    const dir = requireDist(DIST);
    const css = listFiles(dir).filter((f) => f.endsWith(".css"));
    expect(css.length).toBeGreaterThan(0);
    const found = css.flatMap((file) =>
      thirdPartyInCss(readFileSync(join(dir, file), "utf8")).map((f) => `${file}: ${f}`),
    );
    expect(found).toEqual([]);
  });
});

describe("public/_headers", () => {
  const rules = parseHeaders(readFileSync(join(ROOT, "public/_headers"), "utf8"));
  const csp = (path: string) => effectiveHeaders(rules, path).get("content-security-policy");

  test("gives pages the <meta> policy plus frame-ancestors 'self'", () => {
    for (const path of ["/", "/reti/", "/grafici/", "/404.html", "/theme.css"]) {
      expect(csp(path), path).toEqual([`${CSP}; frame-ancestors 'self'`]);
    }
  });

  test("lets anyone frame an embed, and gives it no second, stricter policy", () => {
    expect(csp("/embed/funding-by-case/")).toEqual([`${CSP}; frame-ancestors *`]);
  });

  test("effectiveHeaders(rules, path) appends repeated headers unless a rule removes them first", () => {
    const r = parseHeaders("/*\n  X-A: 1\n/b/*\n  X-A: 2\n/c/*\n  ! X-A\n  X-A: 3\n");
    expect(effectiveHeaders(r, "/b/x").get("x-a")).toEqual(["1", "2"]);
    expect(effectiveHeaders(r, "/c/x").get("x-a")).toEqual(["3"]);
  });
});
