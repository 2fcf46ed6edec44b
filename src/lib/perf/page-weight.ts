import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";

/** Bytes of one resource, raw and gzip-compressed (level 9, as a static host would serve it). */
export interface Resource {
  path: string;
  kind: "html" | "js" | "css" | "other";
  raw: number;
  gzip: number;
}

/** What a page loads at first view: the document, its stylesheets and scripts (and their static imports). */
export interface PageWeight {
  page: string;
  resources: Resource[];
  requests: number;
  html: { raw: number; gzip: number };
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  total: { raw: number; gzip: number };
}

/** Byte budgets (gzip) from the performance issue; the tests and the benchmark read them from here. */
export const BUDGETS = {
  /** JavaScript a chapter page loads, in total. */
  jsPerPage: 10 * 1024,
  /** CSS per page, in total. */
  cssPerPage: 15 * 1024,
  /** Everything the heaviest chapter page loads at first view. */
  chapterFirstView: 40 * 1024,
  /** Everything an embed page loads. */
  embedTotal: 20 * 1024,
} as const;

function sizes(path: string, kind: Resource["kind"], bytes: Buffer): Resource {
  return { path, kind, raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
}

/** Resolves a site-absolute URL path ("/_astro/x.js", with or without base) to a file in `dist`. */
function toFile(dist: string, url: string, base: string): string | undefined {
  if (/^[a-z]+:/i.test(url) || url.startsWith("//")) return undefined;
  const clean = url.split(/[?#]/)[0]!;
  const rel = clean.startsWith(base) ? clean.slice(base.length) : clean.replace(/^\//, "");
  const file = join(dist, rel);
  return existsSync(file) ? file : undefined;
}

/**
 * Measures one built page: the HTML, every stylesheet and script it references,
 * and the modules those scripts import statically (followed transitively).
 * Lazy images, downloads and dynamically imported modules are not first-view weight.
 */
export function pageWeight(dist: string, page: string, base = "/"): PageWeight {
  const html = readFileSync(join(dist, page));
  const { document } = parseHTML(html.toString("utf8"));
  const resources: Resource[] = [sizes(page, "html", html)];
  const seen = new Set<string>();
  const add = (url: string, kind: Resource["kind"]) => {
    const file = toFile(dist, url, base);
    if (!file || seen.has(file)) return;
    seen.add(file);
    const bytes = readFileSync(file);
    resources.push(sizes(file.slice(dist.length + 1), kind, bytes));
    if (kind === "js") {
      // Static imports of the bundle: `import "./x.js"` / `from "./x.js"` (Vite's output).
      for (const m of bytes.toString("utf8").matchAll(/(?:^|[;\s}])import\s*(?:[^"'()]*?from\s*)?["']([^"']+\.js)["']/g)) {
        const target = new URL(m[1]!, `http://x/${file.slice(dist.length + 1)}`).pathname;
        add(target, "js");
      }
    }
  };
  for (const el of document.querySelectorAll('link[rel="stylesheet"]')) add(el.getAttribute("href") ?? "", "css");
  for (const el of document.querySelectorAll("script[src]")) add(el.getAttribute("src") ?? "", "js");
  for (const el of document.querySelectorAll('link[rel="modulepreload"]')) add(el.getAttribute("href") ?? "", "js");
  for (const el of document.querySelectorAll("img:not([loading=lazy])")) add(el.getAttribute("src") ?? "", "other");
  const sum = (kind?: Resource["kind"]) => {
    const rs = kind ? resources.filter((r) => r.kind === kind) : resources;
    return { raw: rs.reduce((t, r) => t + r.raw, 0), gzip: rs.reduce((t, r) => t + r.gzip, 0) };
  };
  return { page, resources, requests: resources.length, html: sum("html"), js: sum("js"), css: sum("css"), total: sum() };
}
