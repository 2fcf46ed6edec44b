import { parseHTML } from "linkedom";

/**
 * Elements and attributes whose URL the browser fetches on its own when the
 * page loads (or, for iframes/objects, when it renders). Links a reader
 * chooses to follow (`<a href>`) and metadata (canonical, og:*) are not requests.
 */
const FETCHED: readonly [selector: string, attribute: string][] = [
  ["script[src]", "src"],
  ["img[src]", "src"],
  ["img[srcset]", "srcset"],
  ["source[src]", "src"],
  ["source[srcset]", "srcset"],
  ["video[src]", "src"],
  ["video[poster]", "poster"],
  ["audio[src]", "src"],
  ["track[src]", "src"],
  ["iframe[src]", "src"],
  ["embed[src]", "src"],
  ["object[data]", "data"],
  ["image[href]", "href"],
  ["use[href]", "href"],
  ["input[src]", "src"],
];

/** `<link rel>` values that make the browser fetch or connect to the URL. */
const FETCHED_LINK_RELS = new Set([
  "stylesheet",
  "preload",
  "modulepreload",
  "prefetch",
  "icon",
  "apple-touch-icon",
  "manifest",
  "preconnect",
  "dns-prefetch",
]);

/** True when `url` names another host: scheme-relative (//host) or with a scheme that makes a request. */
export function isOtherOrigin(url: string, siteOrigin?: string): boolean {
  const u = url.trim();
  if (u.startsWith("//")) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u)?.[1]?.toLowerCase();
  if (!scheme || scheme === "data" || scheme === "blob") return false;
  if (siteOrigin && (scheme === "http" || scheme === "https")) return new URL(u).origin !== siteOrigin;
  return true;
}

/** `url(…)` and `@import` URLs of CSS text. */
export function cssUrls(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g)) out.push(m[2]!);
  for (const m of css.matchAll(/@import\s+(['"])([^'"]+)\1/g)) out.push(m[2]!);
  return out;
}

/**
 * Every URL on another origin that a page would make the reader's browser
 * request: script/img/iframe/… sources, fetched `<link>`s, and `url()`/`@import`
 * in `<style>` elements and `style` attributes. `siteOrigin`, when given, is
 * treated as our own (e.g. the deployed site's absolute URLs).
 */
export function thirdPartyInHtml(html: string, siteOrigin?: string): string[] {
  const { document } = parseHTML(html);
  const found: string[] = [];
  const check = (what: string, url: string) => {
    if (isOtherOrigin(url, siteOrigin)) found.push(`${what} ${url.trim()}`);
  };
  for (const [selector, attribute] of FETCHED) {
    for (const el of document.querySelectorAll(selector)) {
      const value = el.getAttribute(attribute) ?? "";
      const urls = attribute === "srcset" ? value.split(",").map((c) => c.trim().split(/\s+/)[0] ?? "") : [value];
      for (const url of urls) check(`<${el.tagName.toLowerCase()} ${attribute}>`, url);
    }
  }
  for (const el of document.querySelectorAll("link[href]")) {
    const rels = (el.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    if (rels.some((r) => FETCHED_LINK_RELS.has(r)))
      check(`<link rel="${rels.join(" ")}">`, el.getAttribute("href") ?? "");
  }
  for (const el of document.querySelectorAll("style"))
    for (const url of cssUrls(el.textContent ?? "")) check("<style> url()", url);
  for (const el of document.querySelectorAll("[style]"))
    for (const url of cssUrls(el.getAttribute("style") ?? "")) check('style="url()"', url);
  return found;
}

/** Every URL on another origin that a stylesheet would request (`url()`, `@import`). */
export function thirdPartyInCss(css: string, siteOrigin?: string): string[] {
  return cssUrls(css)
    .filter((url) => isOtherOrigin(url, siteOrigin))
    .map((url) => `url() ${url.trim()}`);
}
