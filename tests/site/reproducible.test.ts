// Two clean builds of the same sources produce byte-identical output, even on
// machines set to different time zones: no timestamps, no random layouts, no
// order that depends on the file system or on render order.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildInto, diffTrees, hashTree } from "../helpers/reproducible.ts";

describe("diffTrees(a, b)", () => {
  test("reports files missing from either tree and files whose bytes differ", () => {
    const root = mkdtempSync(join(tmpdir(), "repro-"));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(join(root, path, ".."), { recursive: true });
        writeFileSync(join(root, path), text);
      };
      write("a/index.html", "<p>uguale</p>");
      write("a/page/index.html", "<p>generato alle 10:00</p>");
      write("a/old.css", "x{}");
      write("b/index.html", "<p>uguale</p>");
      write("b/page/index.html", "<p>generato alle 10:01</p>");
      write("b/new.css", "x{}");
      expect(diffTrees(hashTree(join(root, "a")), hashTree(join(root, "b")))).toEqual([
        "differs: page/index.html",
        "only in the first build: old.css",
        "only in the second build: new.css",
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("the build", () => {
  test("is byte-identical from one clean build to the next, whatever the time zone", { timeout: 600_000 }, () => {
    const a = buildInto(".tmp/repro-a", { TZ: "UTC" });
    const b = buildInto(".tmp/repro-b", { TZ: "Pacific/Auckland" });
    const first = hashTree(a);
    expect(first.size).toBeGreaterThan(0);
    expect(diffTrees(first, hashTree(b))).toEqual([]);
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  });
});
