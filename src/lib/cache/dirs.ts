import { readdirSync } from "node:fs";
import { join } from "node:path";

/** Where the build keeps what it can reuse; removing it makes the next build a cold one. */
export const CACHE_ROOT = join(".tmp", "cache");

/** The caches under CACHE_ROOT, as absolute paths from the project root `root`. */
export function cacheDirs(root: string) {
  const dir = (name: string) => join(root, CACHE_ROOT, name);
  return {
    /** SVG/PNG exports and Open Graph images, one folder per key (export/write-exports.ts). */
    exports: dir("exports"),
    /** The figures the pages show, one JSON file per chart key (charts/build-cache.ts). */
    figures: dir("figures"),
    /** Output of `git log` by commit, folder and arguments (content/git-dates.ts, gitLog). */
    git: dir("git"),
    /** Compiled MDX chapters (cache/mdx-cache.ts). */
    mdx: dir("mdx"),
    /** Pagefind's index of the pages, one folder per key (cache/search-index.ts). */
    searchIndex: dir("search-index"),
    /** V8's compiled code of scripts/build.ts's own modules (module.enableCompileCache), one folder per Node version. */
    nodeCompile: dir("node-compile"),
  };
}

/** The caches whose entries the build prunes by age (prune.ts). */
const PRUNED_CACHES = ["exports", "figures", "git", "mdx", "searchIndex"] as const;

/**
 * The folders whose entries the build prunes by age: those of PRUNED_CACHES, and
 * the one of each Node version in V8's compile cache, which Node itself never
 * empties (an entry pruned while in use is simply written again).
 */
export function prunedCacheDirs(root: string): string[] {
  const dirs = cacheDirs(root);
  let versions: string[] = [];
  try {
    versions = readdirSync(dirs.nodeCompile).map((name) => join(dirs.nodeCompile, name));
  } catch {
    // no compile cache yet
  }
  return [...PRUNED_CACHES.map((name) => dirs[name]), ...versions];
}
