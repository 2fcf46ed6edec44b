// The site under a base path, as GitHub Pages serves a project site
// (https://<owner>.github.io/<repo>/): every internal href/src starts with the
// base and resolves to a built file; absolute URLs use SITE_URL + base; and
// search (Pagefind's JS, loaded through withBase) works when served there.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { parseHTML } from "linkedom";
import { CHROMIUM, launchBrowser } from "../helpers/browser.ts";
import { serveDir } from "../helpers/serve.ts";
import { listFiles, listPages } from "../helpers/site.ts";
import { build, ROOT } from "./helpers.ts";

const BASE = "/wecare/";
const SITE = "https://example.org";
let work: string;
let dist: string;

beforeAll(() => {
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  work = mkdtempSync(join(ROOT, ".tmp", "base-test-"));
  dist = join(work, "dist");
  const r = build(relative(ROOT, dist), { BASE_PATH: BASE, SITE_URL: SITE });
  if (r.code !== 0) throw new Error(`build under ${BASE} failed:\n${r.output}`);
}, 900_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The built file a site URL path points to, or undefined when it is outside the base. */
function fileFor(path: string): string | undefined {
  if (!path.startsWith(BASE)) return undefined;
  const inside = decodeURIComponent(path.slice(BASE.length).replace(/[?#].*$/, ""));
  return inside === "" || inside.endsWith("/") ? `${inside}index.html` : inside;
}

/** Every URL an HTML page references: links, assets, forms. */
function references(html: string): string[] {
  const { document } = parseHTML(html);
  const out: string[] = [];
  for (const [selector, attr] of [
    ["a[href]", "href"],
    ["link[href]", "href"],
    ["script[src]", "src"],
    ["img[src]", "src"],
    ["iframe[src]", "src"],
    ["source[src]", "src"],
    ["form[action]", "action"],
  ] as const) {
    for (const el of document.querySelectorAll(selector)) out.push(el.getAttribute(attr)!);
  }
  for (const el of document.querySelectorAll("[srcset]")) out.push(...el.getAttribute("srcset")!.split(",").map((s) => s.trim().split(/\s+/)[0]!));
  return out;
}

describe(`the site built with BASE_PATH=${BASE}`, () => {
  /** Every internal reference of every page, as [page, reference, site path]; external links left out. */
  function internalReferences(): [string, string, string][] {
    const out: [string, string, string][] = [];
    for (const page of listPages(dist)) {
      const html = readFileSync(join(dist, page), "utf8");
      // The 404 page is served for any missing URL; its canonical names no real page (see the report).
      const refs = references(page === "404.html" ? html.replace(/<link rel="canonical"[^>]*>/, "") : html);
      for (const ref of refs) {
        if (ref.startsWith("#") || /^(mailto|tel|data):/.test(ref)) continue;
        if (/^https?:\/\//.test(ref)) {
          if (ref.startsWith(SITE)) out.push([page, ref, ref.slice(SITE.length)]);
        } else out.push([page, ref, ref]);
      }
    }
    return out;
  }

  test("every internal href/src of every page starts with the base", () => {
    const refs = internalReferences();
    expect(refs.length).toBeGreaterThan(500);
    expect(refs.filter(([, , path]) => !path.startsWith(BASE)).map(([page, ref]) => `${page}: ${ref}`)).toEqual([]);
  });

  test("every internal href/src resolves to a file of the build", () => {
    const files = new Set(listFiles(dist));
    const missing = new Map<string, Set<string>>();
    for (const [page, , path] of internalReferences()) {
      const file = fileFor(path);
      if (file && !files.has(file)) missing.set(file, (missing.get(file) ?? new Set()).add(page));
    }
    expect([...missing].map(([file, from]) => `${file} (linked from ${from.size} pages, e.g. ${[...from][0]})`)).toEqual([]);
  });

  test("CSS url() references start with the base", () => {
    const problems = listFiles(dist)
      .filter((f) => f.endsWith(".css"))
      .flatMap((f) => [...readFileSync(join(dist, f), "utf8").matchAll(/url\(\s*["']?(\/[^"')]*)/g)].map((m) => ({ f, url: m[1]! })))
      .filter(({ url }) => !url.startsWith(BASE) || !existsSync(join(dist, fileFor(url)!)));
    expect(problems).toEqual([]);
  });

  test("canonical, Open Graph, sitemap, robots.txt and feed use SITE_URL + base", () => {
    const home = readFileSync(join(dist, "index.html"), "utf8");
    expect(home).toContain(`<link rel="canonical" href="${SITE}${BASE}">`);
    const chapter = readFileSync(join(dist, "reti/index.html"), "utf8");
    expect(chapter).toContain(`<meta property="og:url" content="${SITE}${BASE}reti/">`);
    expect(chapter).toContain(`<meta property="og:image" content="${SITE}${BASE}og/reti.png">`);
    const locs = [...readFileSync(join(dist, "sitemap.xml"), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(10);
    for (const loc of locs) {
      expect(loc.startsWith(`${SITE}${BASE}`), loc).toBe(true);
      expect(existsSync(join(dist, fileFor(loc.slice(SITE.length))!)), loc).toBe(true);
    }
    expect(readFileSync(join(dist, "robots.txt"), "utf8")).toContain(`Sitemap: ${SITE}${BASE}sitemap.xml`);
    const feed = readFileSync(join(dist, "aggiornamenti/feed.xml"), "utf8");
    expect(feed).toContain(`<id>${SITE}${BASE}aggiornamenti/feed.xml</id>`);
    for (const m of feed.matchAll(/href="([^"]+)"/g)) expect(m[1]!.startsWith(`${SITE}${BASE}`), m[1]).toBe(true);
  });

  test.skipIf(!existsSync(CHROMIUM) && !process.env.CI)("search works when the site is served under the base", { timeout: 120_000 }, async () => {
    const site = await serveDir(dist, BASE);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${site.url}cerca/?q=condominio`);
      await expect.poll(() => page.locator("#search-status").textContent(), { timeout: 15_000 }).toMatch(/risultat/);
      const links = await page.locator("#search-results > li h2 a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(links).toContain(`${BASE}caso-alba/`);
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
