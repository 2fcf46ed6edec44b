import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { hashParts } from "./content-hash.ts";

/** Where Pagefind writes its index inside a site. */
export const SEARCH_INDEX_DIR = "pagefind";

/**
 * Cache key of a site's search index. Pagefind reads nothing but the site's
 * HTML files, so the index is the same when every page (path and bytes), the
 * indexer's version and its arguments are: a build that changed no page can
 * reuse the index of the last build instead of indexing again.
 */
export function searchIndexKey(site: string, indexer: string, args: readonly string[]): string {
  const parts: (string | Buffer)[] = [indexer, ...args];
  for (const page of htmlFiles(site)) parts.push(relative(site, page), readFileSync(page));
  return hashParts(parts);
}

/** Copies the cached index `key` into `site`; false when there is none. */
export function restoreSearchIndex(cacheDir: string, key: string, site: string): boolean {
  const entry = join(cacheDir, key);
  if (!existsSync(entry)) return false;
  cpSync(entry, join(site, SEARCH_INDEX_DIR), { recursive: true });
  return true;
}

/** Keeps the index Pagefind wrote into `site` under `key`; copied and renamed, so a crash never leaves half an entry. */
export function storeSearchIndex(cacheDir: string, key: string, site: string): void {
  const entry = join(cacheDir, key);
  const tmp = `${entry}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  cpSync(join(site, SEARCH_INDEX_DIR), tmp, { recursive: true });
  rmSync(entry, { recursive: true, force: true });
  renameSync(tmp, entry);
}

/** Every .html file under `dir` but the index itself, in a fixed order. */
function htmlFiles(dir: string, top = dir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!(dir === top && entry.name === SEARCH_INDEX_DIR)) out.push(...htmlFiles(path, top));
    } else if (entry.name.endsWith(".html")) out.push(path);
  }
  return out;
}
