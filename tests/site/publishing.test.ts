// Publishing checks over the built site: sitemap, robots.txt, canonical URLs,
// descriptions and Open Graph tags, the last-updated line of each chapter, the
// updates page and its Atom feed (both from git), and the search page's markup.
import { describe, expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseHTML } from "linkedom";
import { romeDay } from "../../src/lib/content/git-dates.ts";
import { readUpdateNotes } from "../../src/lib/content/update-notes.ts";
import { PATHS } from "../../src/lib/content/paths.ts";
import { parseFrontmatter } from "../../src/lib/content/frontmatter.ts";
import { listFiles as listSources } from "../../src/lib/content/read-content.ts";
import { ChapterSchema } from "../../src/lib/schemas/chapter.ts";
import { DIST, listPages, pagePath, readPage, requireDist, SITE_BASE } from "../helpers/site.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const CHAPTERS = "src/content/chapters";
requireDist();
const pages = listPages();
const home = readPage("index.html");
const canonicalOf = (doc: Document) => doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? "";
/** The absolute URL of the site root, from the home page's canonical (SITE_URL + base). */
const SITE_ROOT = canonicalOf(home);
const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content") ?? undefined;
const isNoindex = (doc: Document) => /noindex/.test(meta(doc, "robots") ?? "");
/** The absolute URL of a built page (e.g. "analisi/index.html"). */
const ownUrl = (page: string) => new URL(pagePath(page).slice(1), SITE_ROOT).href;
const isEmbed = (page: string) => page.startsWith("embed/");
const chapters = listSources(join(ROOT, CHAPTERS), ".mdx").map((f) => {
  const file = `${CHAPTERS}/${f}`;
  return { slug: f.replace(/\.mdx$/, ""), file, data: parseFrontmatter(readFileSync(join(ROOT, file), "utf8"), file, ChapterSchema).data! };
});
const git = (...args: string[]) => {
  try {
    return execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return "";
  }
};

describe("sitemap.xml and robots.txt", () => {
  const sitemap = readFileSync(join(DIST, "sitemap.xml"), "utf8");
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

  test("is a sitemaps.org urlset of absolute URLs under the site root", () => {
    expect(sitemap.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
    expect(SITE_ROOT).toMatch(/^https?:\/\/[^/]+\//);
    for (const loc of locs) expect(loc.startsWith(SITE_ROOT), loc).toBe(true);
    expect(new Set(locs).size).toBe(locs.length);
  });

  test("lists exactly the pages that are their own canonical page: all but the 404 and the embeds", () => {
    const expected = pages
      .filter((p) => p !== "404.html" && !isNoindex(readPage(p)) && canonicalOf(readPage(p)) === ownUrl(p))
      .map(ownUrl)
      .sort();
    expect([...locs].sort()).toEqual(expected);
    expect(locs.some((l) => l.includes("/embed/"))).toBe(false);
  });

  test("robots.txt points to the sitemap's absolute URL", () => {
    expect(readFileSync(join(DIST, "robots.txt"), "utf8")).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE_ROOT}sitemap.xml\n`);
  });
});

describe("head of every page", () => {
  // The 404 page (robots noindex) carries no canonical URL; an embed's canonical page
  // is the chapter that shows its chart (tests/site/embeds.test.ts).
  test.each(pages.filter((p) => p !== "404.html" && !isEmbed(p)))("%s: lang, canonical, description and Open Graph", (page) => {
    const doc = readPage(page);
    expect(doc.documentElement.getAttribute("lang")).toBe("it");
    expect(isNoindex(doc)).toBe(false);
    const canonical = canonicalOf(doc);
    expect(canonical).toBe(ownUrl(page));
    expect(meta(doc, "description")?.length).toBeGreaterThan(20);
    expect(meta(doc, "og:url")).toBe(canonical);
    expect(meta(doc, "og:title")).toBeTruthy();
    expect(meta(doc, "og:description")).toBe(meta(doc, "description"));
    expect(meta(doc, "og:locale")).toBe("it_IT");
    expect(doc.querySelector('link[rel="sitemap"]')?.getAttribute("href")).toBe(`${SITE_BASE}sitemap.xml`);
    expect(doc.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute("href")).toBe(`${SITE_BASE}aggiornamenti/feed.xml`);
  });

  test.each(chapters.map((c) => c.slug))("chapter %s: the description is its summary, the Open Graph image exists", (slug) => {
    const c = chapters.find((x) => x.slug === slug)!;
    const doc = readPage(`${slug}/index.html`);
    expect(meta(doc, "description")).toBe(c.data.summary);
    expect(meta(doc, "og:title")).toBe(c.data.title);
    const image = meta(doc, "og:image")!;
    expect(image).toBe(new URL(`og/${slug}.png`, SITE_ROOT).href);
    expect(existsSync(join(DIST, "og", `${slug}.png`))).toBe(true);
  });
});

describe("last updated, on every chapter", () => {
  test.each(chapters.map((c) => c.slug))("%s: a git date of the file (or its updated field), or says it is unknown", (slug) => {
    const c = chapters.find((x) => x.slug === slug)!;
    const line = readPage(`${slug}/index.html`).querySelector(".chapter-header .last-updated");
    expect(line).not.toBeNull();
    // Kept out of the search index: otherwise "aggiornamenti" would find every chapter.
    expect(line!.hasAttribute("data-pagefind-ignore")).toBe(true);
    const time = line!.querySelector("time");
    // Every date at which a commit touched the file (the build may be older than HEAD).
    const days = git("log", "--format=%cI", "--", c.file).split("\n").filter(Boolean).map(romeDay);
    const shallow = git("rev-parse", "--is-shallow-repository").trim() === "true";
    if (c.data.updated) {
      expect(time?.getAttribute("datetime")).toBe(c.data.updated.toISOString().slice(0, 10));
    } else if (time) {
      expect(line!.textContent).toMatch(/^Aggiornato il \d{1,2} [a-z]+ \d{4}/);
      expect(days).toContain(time.getAttribute("datetime"));
    } else {
      expect(line!.textContent).toContain("Data di aggiornamento non disponibile");
      // Unknown only when history cannot tell: no git, a shallow clone, or a file never committed.
      expect(days.length === 0 || shallow, `${c.file} has history but no date`).toBe(true);
    }
  });
});

describe("updates page (/aggiornamenti/) and feed", () => {
  const page = readPage("aggiornamenti/index.html");
  const items = [...page.querySelectorAll(".updates > li")];
  const feedText = readFileSync(join(DIST, "aggiornamenti/feed.xml"), "utf8");
  const feed = parseHTML(feedText.replace(/^<\?xml[^>]*>\n/, "")).document;
  const entries = [...feed.querySelectorAll("entry")];
  const hashes = new Set(git("log", "--format=%H").split("\n").filter(Boolean));

  test("lists changes newest first, each anchored by its commit, or explains why the list is empty", () => {
    if (items.length === 0) {
      expect(page.querySelector(".updates-note")?.textContent).toMatch(/non è disponibile|Nessuna modifica/);
      return;
    }
    const dates = items.map((li) => li.querySelector("time")!.getAttribute("datetime")!);
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const li of items) {
      expect(li.id).toMatch(/^modifica-[0-9a-f]{12}$/);
      if (hashes.size) expect([...hashes].some((h) => h.startsWith(li.id.slice("modifica-".length))), li.id).toBe(true);
      expect(li.querySelector(".update-subject")!.textContent!.length).toBeGreaterThan(0);
      expect(li.querySelectorAll(".update-files > li").length).toBeGreaterThan(0);
    }
  });

  test("links each changed chapter to its page and each data file to its download", () => {
    const hrefs = items.flatMap((li) => [...li.querySelectorAll(".update-files a")].map((a) => a.getAttribute("href")!));
    for (const href of hrefs) {
      expect(href.startsWith(SITE_BASE), href).toBe(true);
      const path = href.slice(SITE_BASE.length);
      expect(existsSync(join(DIST, path.endsWith("/") || path === "" ? `${path}index.html` : path)), href).toBe(true);
    }
  });

  test("the feed is valid Atom: feed id, title, updated, author, self link; entries with id, title, updated, link", () => {
    expect(feedText.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    const root = feed.querySelector("feed")!;
    const child = (el: Element, name: string) => [...el.children].find((c) => c.tagName.toLowerCase() === name);
    expect(child(root, "id")?.textContent).toBe(`${SITE_ROOT}aggiornamenti/feed.xml`);
    expect(child(root, "title")?.textContent).toBeTruthy();
    expect(child(root, "updated")?.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(root.querySelector("author > name")?.textContent).toBeTruthy();
    expect(root.querySelector('link[rel="self"]')?.getAttribute("href")).toBe(`${SITE_ROOT}aggiornamenti/feed.xml`);
    const ids = entries.map((e) => child(e, "id")?.textContent);
    expect(new Set(ids).size).toBe(entries.length);
    for (const e of entries) {
      expect(child(e, "title")?.textContent).toBeTruthy();
      expect(child(e, "updated")?.textContent).toMatch(/Z$/);
      expect(child(e, "link")?.getAttribute("href")).toBe(child(e, "id")?.textContent);
    }
    if (entries.length) expect(child(root, "updated")?.textContent).toBe(child(entries[0]!, "updated")?.textContent);
  });

  test("feed entries are the page's latest changes, with ids stable across builds (the page URL and the commit)", () => {
    expect(entries.length).toBe(Math.min(items.length, 50));
    entries.forEach((e, i) => {
      const id = [...e.children].find((c) => c.tagName.toLowerCase() === "id")!.textContent;
      expect(id).toBe(`${SITE_ROOT}aggiornamenti/#${items[i]!.id}`);
    });
  });

  test("a commit with a note in updates.yaml is told to readers by the note, on the page and in the feed", () => {
    const { notes } = readUpdateNotes(ROOT, PATHS.updates);
    const child = (el: Element, name: string) => [...el.children].find((c) => c.tagName.toLowerCase() === name);
    let shown = 0;
    for (const note of notes) {
      const hash = [...hashes].find((h) => h.startsWith(note.commit));
      const li = hash && items.find((i) => i.id === `modifica-${hash.slice(0, 12)}`);
      if (!li) continue; // not in this clone's history, or beyond the page's limit
      shown++;
      expect(li.querySelector(".update-subject")!.textContent!.trim()).toBe(note.testo);
      const entry = entries.find((e) => child(e, "id")?.textContent?.endsWith(`#${li.id}`));
      if (entry) expect(child(entry, "title")?.textContent).toBe(note.testo);
    }
    if (hashes.size && notes.length) expect(shown).toBeGreaterThan(0);
  });

  test("the updates page stays out of the search index", () => {
    expect(page.querySelector("main [data-pagefind-ignore='all']")).not.toBeNull();
  });
});

describe("search page (/cerca/)", () => {
  const doc = readPage("cerca/index.html");
  const html = readFileSync(join(DIST, "cerca/index.html"), "utf8");

  test("has a form that submits q, a live region, a results list and a <noscript> notice", () => {
    const form = doc.querySelector("main form#search-form")!;
    expect(form.getAttribute("action")).toBe(`${SITE_BASE}cerca/`);
    expect(form.getAttribute("method")).toBe("get");
    expect(form.querySelector('input[name="q"]')).not.toBeNull();
    expect(doc.querySelector("#search-status")?.getAttribute("role")).toBe("status");
    expect(doc.querySelector("ol#search-results")).not.toBeNull();
    expect(html).toMatch(/<noscript>[\s\S]*JavaScript[\s\S]*<\/noscript>/);
  });

  test("has no inline script or style (the CSP would block them)", () => {
    for (const s of doc.querySelectorAll("script")) expect(s.getAttribute("src"), s.outerHTML.slice(0, 80)).toBeTruthy();
    expect(doc.querySelectorAll("style, [style]").length).toBe(0);
  });

  test("Pagefind's JS is loaded by the search page only, on demand: no page references it in its HTML", () => {
    for (const p of pages) expect(readFileSync(join(DIST, p), "utf8"), p).not.toMatch(/pagefind[^"']*\.js/);
    expect(existsSync(join(DIST, "pagefind/pagefind.js"))).toBe(true);
  });

  test("Pagefind indexed at least every chapter; the search page's own text is left out of the index", () => {
    const index = readFileSync(join(DIST, "pagefind/pagefind-entry.json"), "utf8");
    expect(JSON.parse(index).languages.it.page_count).toBeGreaterThanOrEqual(chapters.length);
    expect(doc.querySelector("main [data-pagefind-ignore='all']")).not.toBeNull();
  });
});
