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
 * each page). Each link carries `data-nav="<key>"`; the current page's link is
 * marked by `markCurrent`.
 */
export function chapterNavHtml(chapters: readonly ChapterLink[], base: string, label: string): string {
  const key = `${base}\u0000${label}\u0000${chapters.map((c) => `${c.slug}|${c.number ?? ""}|${c.shortTitle}`).join("\u0000")}`;
  let html = cache.get(key);
  if (html === undefined) {
    const link = (navKey: string, href: string, inner: string) =>
      `<li><a href="${escapeXml(href)}" data-nav="${escapeXml(navKey)}">${inner}</a></li>`;
    html =
      `<nav aria-label="${escapeXml(label)}" class="chapter-nav"><ol>` +
      chapters
        .map((c) =>
          link(
            c.slug,
            withBase(base, `${c.slug}/`),
            `${c.number ? `<span class="chapter-number">${escapeXml(c.number)}</span>` : ""}<span>${escapeXml(c.shortTitle)}</span>`,
          ),
        )
        .join("") +
      `</ol><ul class="nav-extra">` +
      SITE_PAGES.map((e) => link(e.key, withBase(base, e.path), escapeXml(e.label))).join("") +
      `</ul></nav>`;
    cache.set(key, html);
  }
  return html;
}

/** Marks the link of page `current` (a chapter slug or a key of SITE_PAGES) with aria-current="page". */
export function markCurrent(html: string, current: string | undefined): string {
  if (!current) return html;
  return html.replace(`data-nav="${escapeXml(current)}">`, `data-nav="${escapeXml(current)}" aria-current="page">`);
}
