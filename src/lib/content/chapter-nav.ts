import { escapeXml } from "../format/escape.ts";
import type { ChapterLink } from "./chapters.ts";
import { withBase } from "./url.ts";

/** Site pages listed under the chapters in the navigation and in every page's footer, with their key for `current`. */
export const SITE_PAGES: readonly { key: string; path: string; label: string }[] = [
  { key: "grafici", path: "grafici/", label: "Grafici" },
  { key: "presentazione", path: "presentazione/", label: "Presentazione" },
  { key: "glossario", path: "glossario/", label: "Glossario" },
  { key: "bibliografia", path: "bibliografia/", label: "Bibliografia" },
  { key: "dati", path: "dati/", label: "Dati" },
  { key: "aggiornamenti", path: "aggiornamenti/", label: "Aggiornamenti" },
];

const cache = new Map<string, string>();

/**
 * The chapter navigation as HTML, built once per build and reused by every page
 * (a report of hundreds of chapters would otherwise re-render the whole list on
 * each page). The current page's link is marked by `markCurrent`. Every page
 * carries the list once (the sidebar, which the phone menu shows), and each entry
 * is kept to its link, its number and its title: the list grows with the report,
 * and at 400 chapters it is most of a page's bytes, and of what Pagefind reads.
 */
export function chapterNavHtml(chapters: readonly ChapterLink[], base: string): string {
  const key = `${base}\u0000${chapters.map((c) => `${c.slug}|${c.number ?? ""}|${c.shortTitle}`).join("\u0000")}`;
  let html = cache.get(key);
  if (html === undefined) {
    const link = (href: string, inner: string) => `<li><a href="${escapeXml(href)}">${inner}</a></li>`;
    html =
      `<nav aria-label="Capitoli" class="chapter-nav"><ol>` +
      chapters
        .map((c) => link(withBase(base, `${c.slug}/`), `${c.number ? `<span>${escapeXml(c.number)}</span>` : ""}${escapeXml(c.shortTitle)}`))
        .join("") +
      `</ol><ul class="nav-extra">` +
      SITE_PAGES.map((e) => link(withBase(base, e.path), escapeXml(e.label))).join("") +
      `</ul></nav>`;
    cache.set(key, html);
  }
  return html;
}

/**
 * Marks the link of page `current` (a chapter slug or a key of SITE_PAGES) with
 * aria-current="page". Each page has one link in the navigation, found by its href.
 */
export function markCurrent(html: string, current: string | undefined, base: string): string {
  if (!current) return html;
  const href = escapeXml(withBase(base, SITE_PAGES.find((p) => p.key === current)?.path ?? `${current}/`));
  return html.replace(`<a href="${href}">`, `<a href="${href}" aria-current="page">`);
}
