import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { forgetOtherReport } from "./content-store.ts";

let root: string;
/** Astro's content store as a build of some report leaves it. */
const fillStore = () => {
  for (const dir of [".astro", "node_modules/.astro"]) {
    mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, dir, "data-store.json"), "{}");
  }
};
const storeKept = () => existsSync(join(root, ".astro/data-store.json")) && existsSync(join(root, "node_modules/.astro/data-store.json"));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "content-store-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("forgetOtherReport(root, env)", () => {
  test("empties a store whose report is not on record", () => {
    fillStore();
    expect(forgetOtherReport(root, {})).toBe(true);
    expect(existsSync(join(root, ".astro"))).toBe(false);
    expect(existsSync(join(root, "node_modules/.astro"))).toBe(false);
  });

  test("keeps the store while the same report is built again", () => {
    forgetOtherReport(root, {});
    fillStore();
    expect(forgetOtherReport(root, {})).toBe(false);
    expect(storeKept()).toBe(true);
  });

  test("empties it when another report is built, and again when the first one comes back", () => {
    forgetOtherReport(root, {});
    fillStore();
    expect(forgetOtherReport(root, { REPORT_CONTENT_DIR: "tests/fixtures/hostile/content" })).toBe(true);
    expect(storeKept()).toBe(false);
    fillStore();
    expect(forgetOtherReport(root, { REPORT_CONTENT_DIR: "tests/fixtures/hostile/content" })).toBe(false);
    expect(forgetOtherReport(root, { REPORT_DATA_DIR: ".tmp/bad-data" })).toBe(true);
    fillStore();
    expect(forgetOtherReport(root, {})).toBe(true);
    expect(storeKept()).toBe(false);
  });
});
