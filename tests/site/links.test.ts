// Every internal link, #fragment and asset reference of the built site resolves.
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { checkLinks, cssReferences, formatBroken } from "../helpers/links.ts";
import { DIST, requireDist, SITE_BASE } from "../helpers/site.ts";

const FIXTURE = resolve(import.meta.dirname, "../fixtures/broken-links");

describe("checkLinks(dir)", () => {
  test("finds each kind of broken reference in a fixture site, and nothing else", () => {
    expect(formatBroken(checkLinks(FIXTURE))).toEqual([
      "index.html → /missing/: no such page",
      'index.html → /ok/#absent: no element with id "absent" in ok/index.html',
      'index.html → #nowhere: no element with id "nowhere" in index.html',
      'index.html → /ok: a directory: write "/ok/"',
      "index.html → /missing-icon.svg: no such file",
      "index.html → /_astro/missing.js: no such file",
      "index.html → /img/missing.png: no such file",
      'index.html → #clip-missing: no element with id "clip-missing" in index.html',
      "style.css → /fonts/missing.woff2: no such file",
    ]);
  });

  test("cssReferences(css) reads url() and @import, skipping data: and external URLs", () => {
    const css = `@import "a.css"; @import url(b.css); x{background:url('/c.png')} y{src:url(data:x) url(https://e.org/f.woff2)}`;
    expect(cssReferences(css)).toEqual(["b.css", "/c.png", "a.css"]);
  });
});

describe("the built site", () => {
  test("every internal link, fragment, image, script, stylesheet and CSS url() resolves", () => {
    expect(formatBroken(checkLinks(requireDist(DIST), SITE_BASE))).toEqual([]);
  });
});
