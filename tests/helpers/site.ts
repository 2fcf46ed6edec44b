import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseHTML } from "linkedom";
import { PATHS } from "../../src/lib/content/paths.ts";
import { readChartPlacements } from "../../src/lib/content/placements.ts";

/** The built site the site and browser tests read (npm test builds it first). */
export const DIST = resolve(import.meta.dirname, "../../", process.env.DIST_DIR ?? "dist");

/** Fails early with a clear message when there is no build to test. */
export function requireDist(dir = DIST): string {
  if (!existsSync(join(dir, "index.html"))) {
    throw new Error(`${dir} has no built site: run \`npm run build\` first (npm test does it for you)`);
  }
  return dir;
}

/** Every file under `dir`, as paths relative to it, sorted. */
export function listFiles(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(requireDist(dir));
  return out.sort();
}

/** Every HTML page of the built site, relative paths (e.g. "analisi/index.html"). */
export function listPages(dir = DIST): string[] {
  return listFiles(dir).filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"));
}

/** Parses a built page with linkedom. */
export function readPage(file: string, dir = DIST): Document {
  return parseHTML(readFileSync(join(dir, file), "utf8")).document as unknown as Document;
}

/** The URL path a page is served at: "analisi/index.html" → "/analisi/". */
export function pagePath(file: string): string {
  return "/" + file.replace(/index\.html$/, "");
}

/** The base path the site was built for (BASE_PATH, as astro.config.mjs normalises it): "/" or "/repo/". */
export const SITE_BASE = ((p: string) => (p ? `/${p}/` : "/"))((process.env.BASE_PATH ?? "").replace(/^\/+|\/+$/g, ""));

/** The chapter that shows each chart in the report being tested (see src/lib/content/placements.ts). */
export function chapterOf(chartId: string): string {
  const slug = readChartPlacements(PATHS.chapters).get(chartId);
  if (!slug) throw new Error(`chart ${chartId} is placed in no chapter of ${PATHS.chapters}`);
  return slug;
}

/** The URL path (without the leading "/") of the first built page, in file order, that has `selector`. */
export function pageWith(selector: string, pages: readonly string[] = listPages()): string {
  const file = pages.find((f) => readPage(f).querySelector(selector));
  if (!file) throw new Error(`no built page has ${selector}`);
  return pagePath(file).slice(1);
}
