import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

/** Days a cache entry is kept after it was written. */
export const CACHE_MAX_AGE_DAYS = 30;

/**
 * Removes the entries (files or folders) directly under each of `dirs` that were
 * written more than `maxAgeDays` ago, and returns how many. Keys are content
 * hashes, so without this the entries of every past chapter text, CSV and chart
 * code would pile up; an entry still in use is simply made again by the next
 * build. A missing folder is skipped.
 */
export function pruneCache(dirs: readonly string[], maxAgeDays = CACHE_MAX_AGE_DAYS, now = Date.now()): number {
  const oldest = now - maxAgeDays * 24 * 60 * 60 * 1000;
  let removed = 0;
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(dir, name);
      try {
        if (statSync(path).mtimeMs >= oldest) continue;
        rmSync(path, { recursive: true, force: true });
        removed += 1;
      } catch {
        // removed meanwhile by another build: nothing to do
      }
    }
  }
  return removed;
}
