import { cpSync, existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { filesUnder, hashParts } from "./content-hash.ts";
import { writeWholeFolder } from "./write-whole.ts";

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
  writeWholeFolder(join(cacheDir, key), (tmp) => cpSync(join(site, SEARCH_INDEX_DIR), tmp, { recursive: true }));
}

/** Every .html file under `site` but the index itself, in a fixed order. */
function htmlFiles(site: string): string[] {
  return filesUnder(site, (folder) => folder === join(site, SEARCH_INDEX_DIR)).filter((file) => file.endsWith(".html"));
}
