import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The value stored under `key` in `dir` by an earlier build, or else `make()`,
 * stored for the next one. Keys are content hashes (see chart-key.ts), so an
 * entry is never updated, only written once; it is written to a temporary file
 * and renamed, so two builds at once or a crash never leave half an entry. An
 * entry that does not parse (edited by hand, a disk error) is made again.
 */
export function cachedJson<T>(dir: string, key: string, make: () => T): T {
  const file = join(dir, `${key}.json`);
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    // not cached yet, or unreadable: make it
  }
  const value = make();
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(value));
  renameSync(tmp, file);
  return value;
}
