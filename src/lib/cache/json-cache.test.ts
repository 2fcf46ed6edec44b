import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { cachedJson, cachedJsonAsync, flushCache } from "./json-cache.ts";

let dir: string;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), "json-cache-")), "figures");
});
afterEach(() => rmSync(join(dir, ".."), { recursive: true, force: true }));

describe("cachedJson(dir, key, make)", () => {
  test("makes a value once; a later build with the same key reads it back without making it", () => {
    const make = vi.fn(() => ({ svg: "<svg/>", rows: [["a", "1"]] }));
    expect(cachedJson(dir, "k1", make)).toEqual({ svg: "<svg/>", rows: [["a", "1"]] });
    expect(cachedJson(dir, "k1", make)).toEqual({ svg: "<svg/>", rows: [["a", "1"]] });
    expect(make).toHaveBeenCalledTimes(1);
    expect(readdirSync(dir)).toEqual(["k1.json"]); // no temporary file left behind
  });

  test("another key makes the value again", () => {
    const make = vi.fn(() => 1);
    cachedJson(dir, "k1", make);
    cachedJson(dir, "k2", make);
    expect(make).toHaveBeenCalledTimes(2);
  });

  test("an entry that does not parse is made again and replaced", () => {
    cachedJson(dir, "k1", () => "first");
    writeFileSync(join(dir, "k1.json"), '{"half');
    expect(cachedJson(dir, "k1", () => "again")).toBe("again");
    expect(cachedJson(dir, "k1", () => "not called")).toBe("again");
  });

  test("a failing make stores nothing", () => {
    expect(() => cachedJson(dir, "k1", () => { throw new Error("bad data"); })).toThrow("bad data");
    expect(cachedJson(dir, "k1", () => "made")).toBe("made");
  });
});

describe("cachedJsonAsync(dir, key, make)", () => {
  test("stores the value in the background; once flushed, the next build reads it without making it", async () => {
    const make = vi.fn(async () => ({ code: "export default 1;" }));
    expect(await cachedJsonAsync(dir, "k1", make)).toEqual({ code: "export default 1;" });
    await flushCache();
    expect(await cachedJsonAsync(dir, "k1", make)).toEqual({ code: "export default 1;" });
    expect(make).toHaveBeenCalledTimes(1);
    expect(readdirSync(dir)).toEqual(["k1.json"]);
  });

  test("a failing make stores nothing", async () => {
    await expect(cachedJsonAsync(dir, "k1", async () => Promise.reject(new Error("MDX error")))).rejects.toThrow("MDX error");
    await flushCache();
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  });
});
