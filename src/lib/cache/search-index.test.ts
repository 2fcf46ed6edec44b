import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { restoreSearchIndex, searchIndexKey, storeSearchIndex } from "./search-index.ts";

let root: string;
let site: string;
let cache: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), text);
};
const key = () => searchIndexKey(site, "pagefind 1.6.0", ["--quiet"]);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "search-index-"));
  site = join(root, "site");
  cache = join(root, "cache");
  write("index.html", "<main data-pagefind-body><h1>Reti</h1></main>");
  write("reti/index.html", "<main data-pagefind-body><p>Tre ondate</p></main>");
  write("grafici/timeline-1920x1080.png", "png");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("searchIndexKey(site, indexer, args)", () => {
  test("is the same for the same pages, and ignores files Pagefind does not read", () => {
    const before = key();
    write("grafici/timeline-1920x1080.png", "another png");
    write("theme.css", "body{}");
    expect(key()).toBe(before);
  });

  test("changes when a word of a page changes", () => {
    const before = key();
    write("reti/index.html", "<main data-pagefind-body><p>Tre ondate.</p></main>");
    expect(key()).not.toBe(before);
  });

  test("changes when a page is added, removed or moved", () => {
    const keys = new Set([key()]);
    write("conclusioni/index.html", "<main data-pagefind-body><p>Fine</p></main>");
    keys.add(key());
    rmSync(join(site, "conclusioni"), { recursive: true });
    renameSync(join(site, "reti"), join(site, "reti-attori"));
    keys.add(key());
    expect(keys.size).toBe(3);
  });

  test("changes with another Pagefind version or other arguments", () => {
    const before = key();
    expect(searchIndexKey(site, "pagefind 1.7.0", ["--quiet"])).not.toBe(before);
    expect(searchIndexKey(site, "pagefind 1.6.0", ["--quiet", "--exclude-selectors", "nav"])).not.toBe(before);
  });

  test("leaves out the index of an earlier run, which is not a page", () => {
    const before = key();
    write("pagefind/pagefind-ui.html", "<p>not a page</p>");
    expect(key()).toBe(before);
  });
});

describe("storeSearchIndex / restoreSearchIndex", () => {
  test("a stored index comes back whole into another site folder", () => {
    write("pagefind/pagefind.js", "js");
    write("pagefind/fragment/it_1.pf_fragment", "fragment");
    storeSearchIndex(cache, "k1", site);
    expect(readdirSync(cache)).toEqual(["k1"]); // no temporary folder left behind

    const next = join(root, "next");
    mkdirSync(next);
    expect(restoreSearchIndex(cache, "k1", next)).toBe(true);
    expect(readFileSync(join(next, "pagefind/pagefind.js"), "utf8")).toBe("js");
    expect(readFileSync(join(next, "pagefind/fragment/it_1.pf_fragment"), "utf8")).toBe("fragment");
  });

  test("an unknown key restores nothing", () => {
    const next = join(root, "next");
    mkdirSync(next);
    expect(restoreSearchIndex(cache, "k2", next)).toBe(false);
    expect(readdirSync(next)).toEqual([]);
  });

  test("storing a key again replaces the entry", () => {
    write("pagefind/pagefind.js", "old");
    storeSearchIndex(cache, "k1", site);
    write("pagefind/pagefind.js", "new");
    storeSearchIndex(cache, "k1", site);
    const next = join(root, "next");
    mkdirSync(next);
    restoreSearchIndex(cache, "k1", next);
    expect(readFileSync(join(next, "pagefind/pagefind.js"), "utf8")).toBe("new");
  });
});
