import { existsSync, readFileSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { writeWhole } from "./write-whole.ts";

// Values kept on disk between builds, one JSON file per key. Keys are content
// hashes (see chart-key.ts, mdx-cache.ts), so an entry is never updated, only
// written once; it is written to a temporary file and renamed, so two builds at
// once or a crash never leave half an entry. An entry that does not parse
// (edited by hand, a disk error) is made again. A failing `make` stores nothing.

/** The value stored under `key` in `dir` by an earlier build, or else `make()`, stored for the next one. */
export function cachedJson<T>(dir: string, key: string, make: () => T): T {
  const hit = read<T>(dir, key);
  if (hit) return hit.value;
  const value = make();
  write(dir, key, value);
  return value;
}

/**
 * cachedJson for a value made asynchronously. The entry is written in the
 * background, so that a build compiling hundreds of chapters does not wait for
 * the disk; the next build finds it.
 */
export async function cachedJsonAsync<T>(dir: string, key: string, make: () => Promise<T>): Promise<T> {
  const hit = read<T>(dir, key);
  if (hit) return hit.value;
  const value = await make();
  const written: Promise<void> = writeLater(dir, key, JSON.stringify(value)).finally(() => pending.delete(written));
  pending.add(written);
  return value;
}

/** True when an earlier build stored a value under `key` in `dir` (without reading it). */
export function hasCachedJson(dir: string, key: string): boolean {
  return existsSync(join(dir, `${key}.json`));
}

const pending = new Set<Promise<void>>();
let written = 0;

/** Resolves when every entry written in the background is on disk (for tests). */
export async function flushCache(): Promise<void> {
  await Promise.all([...pending]);
}

async function writeLater(dir: string, key: string, json: string): Promise<void> {
  const file = join(dir, `${key}.json`);
  const tmp = `${file}.tmp-${process.pid}-${++written}`;
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(tmp, json);
    await rename(tmp, file);
  } catch {
    // A cache entry that cannot be written is made again by the next build.
  }
}

function read<T>(dir: string, key: string): { value: T } | undefined {
  try {
    return { value: JSON.parse(readFileSync(join(dir, `${key}.json`), "utf8")) as T };
  } catch {
    return undefined; // not cached yet, or unreadable: make it
  }
}

function write(dir: string, key: string, value: unknown): void {
  writeWhole(join(dir, `${key}.json`), JSON.stringify(value));
}
