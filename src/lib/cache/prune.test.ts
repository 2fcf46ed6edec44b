import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { prunedCacheDirs } from "./dirs.ts";
import { pruneCache } from "./prune.ts";

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "prune-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 22);
/** An entry written `days` ago: a JSON file, or an export folder with its files. */
function entry(path: string, days: number, folder = false) {
  if (folder) {
    mkdirSync(path, { recursive: true });
    writeFileSync(join(path, "0"), "png");
  } else writeFileSync(path, "{}");
  const t = new Date(NOW - days * DAY);
  utimesSync(path, t, t);
}

describe("pruneCache(dirs, maxAgeDays, now)", () => {
  test("removes the entries written more than maxAgeDays ago and keeps the others", () => {
    mkdirSync(join(root, "mdx"));
    mkdirSync(join(root, "exports"));
    entry(join(root, "mdx", "old.json"), 31);
    entry(join(root, "mdx", "recent.json"), 2);
    entry(join(root, "exports", "old"), 45, true);
    entry(join(root, "exports", "recent"), 29, true);
    expect(pruneCache([join(root, "mdx"), join(root, "exports"), join(root, "figures")], 30, NOW)).toBe(2);
    expect(existsSync(join(root, "mdx", "old.json"))).toBe(false);
    expect(existsSync(join(root, "exports", "old"))).toBe(false);
    expect(existsSync(join(root, "mdx", "recent.json"))).toBe(true);
    expect(existsSync(join(root, "exports", "recent", "0"))).toBe(true);
  });
});

describe("prunedCacheDirs(root)", () => {
  test("are the content-keyed caches and the folder of each Node version in V8's compile cache", () => {
    const cache = join(root, ".tmp", "cache");
    expect(prunedCacheDirs(root)).toEqual(["exports", "figures", "git", "mdx", "search-index"].map((name) => join(cache, name)));
    mkdirSync(join(cache, "node-compile", "v24.21.0-x64-964aae3f-0"), { recursive: true });
    mkdirSync(join(cache, "node-compile", "v24.11.0-x64-964aae3f-0"), { recursive: true });
    expect(prunedCacheDirs(root).slice(5).sort()).toEqual(
      ["v24.11.0-x64-964aae3f-0", "v24.21.0-x64-964aae3f-0"].map((name) => join(cache, "node-compile", name)),
    );
  });
});
