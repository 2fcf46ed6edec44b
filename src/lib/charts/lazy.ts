import { createRequire } from "node:module";
import { join } from "node:path";

// Resolved from the project root, wherever a bundler put the calling module
// (Astro bundles the chart code into the output folder's .prerender/chunks/).
const load = createRequire(join(process.cwd(), "package.json"));

/**
 * The package `name`, loaded the first time one of its exports is used rather
 * than when the importing module is. The chart registry is imported by the
 * config, the source check, the exports and every page; a build whose figures
 * and exports all come from the cache (build-cache.ts, export/write-exports.ts) then
 * never loads Plot, D3 and linkedom (about 300 modules, a quarter of a second
 * of every build). Node loads an ES module synchronously here (require of ESM).
 */
export function lazy<M extends object>(name: string): M {
  let loaded: M | undefined;
  return new Proxy({} as M, {
    get: (_target, key) => Reflect.get((loaded ??= load(name) as M), key),
  });
}

/** Observable Plot, loaded on first use: chart modules write `Plot.barX(…)` as usual. */
export const Plot = lazy<typeof import("@observablehq/plot")>("@observablehq/plot");
