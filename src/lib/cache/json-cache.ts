import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

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

/** cachedJson for a value made asynchronously. */
export async function cachedJsonAsync<T>(dir: string, key: string, make: () => Promise<T>): Promise<T> {
  const hit = read<T>(dir, key);
  if (hit) return hit.value;
  const value = await make();
  write(dir, key, value);
  return value;
}

function read<T>(dir: string, key: string): { value: T } | undefined {
  try {
    return { value: JSON.parse(readFileSync(join(dir, `${key}.json`), "utf8")) as T };
  } catch {
    return undefined; // not cached yet, or unreadable: make it
  }
}

function write(dir: string, key: string, value: unknown): void {
  const file = join(dir, `${key}.json`);
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(value));
  renameSync(tmp, file);
}
