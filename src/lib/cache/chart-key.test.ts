import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { CHARTS } from "../charts/registry.ts";
import { DATASETS } from "../schemas/datasets.ts";
import { chartKey } from "./chart-key.ts";
import { codeHash } from "./content-hash.ts";

// A copy of the frozen test data, so that the tests can edit CSV files.
const root = mkdtempSync(join(tmpdir(), "chart-key-"));
cpSync(resolve("src/lib/charts/__fixtures__/data"), join(root, "data"), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));
const keys = (code = "code-1") => new Map(CHARTS.map((c) => [c.id, chartKey(c, root, "data", code)]));

describe("chartKey: what re-renders a chart (figure and image exports)", () => {
  test("the same code and data give the same key; every chart has its own", () => {
    const a = keys();
    expect(keys()).toEqual(a);
    expect(new Set(a.values()).size).toBe(CHARTS.length);
  });

  test("editing a CSV changes the key of exactly the charts that read it", () => {
    const before = keys();
    appendFileSync(join(root, "data", DATASETS.timeline.file), "\n");
    const after = keys();
    const changed = CHARTS.filter((c) => before.get(c.id) !== after.get(c.id)).map((c) => c.id);
    expect(changed).toEqual(CHARTS.filter((c) => c.datasets.includes("timeline")).map((c) => c.id));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(CHARTS.length);
  });

  test("a change to the chart code changes every key", () => {
    const a = keys("code-1");
    const b = keys("code-2");
    for (const c of CHARTS) expect(b.get(c.id)).not.toBe(a.get(c.id));
  });

  test("reads the data folder whether it is given relative to the root or absolute", () => {
    const chart = CHARTS[0]!;
    expect(chartKey(chart, "/nowhere", join(root, "data"), "c")).toBe(chartKey(chart, root, "data", "c"));
  });
});

describe("codeHash: the chart code part of the key", () => {
  const code = mkdtempSync(join(tmpdir(), "code-hash-"));
  afterAll(() => rmSync(code, { recursive: true, force: true }));
  mkdirSync(join(code, "src/lib/charts/__snapshots__"), { recursive: true });
  writeFileSync(join(code, "src/lib/charts/bars.ts"), "export const width = 640;\n");
  const hash = () => codeHash(code, ["src/lib/charts"], []);

  test("changes when a source file changes, not when a test, a test helper or a snapshot does", () => {
    const first = hash();
    writeFileSync(join(code, "src/lib/charts/bars.test.ts"), "test('x', () => {});\n");
    writeFileSync(join(code, "src/lib/charts/test-helpers.ts"), "export const fixture = 1;\n");
    writeFileSync(join(code, "src/lib/charts/__snapshots__/bars.snap"), "<svg/>\n");
    expect(hash()).toBe(first);
    writeFileSync(join(code, "src/lib/charts/bars.ts"), "export const width = 641;\n");
    expect(hash()).not.toBe(first);
  });
});
