import { existsSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { parseHTML } from "linkedom";
import { listFiles, listPages, pagePath } from "./site.ts";

/** A reference inside the built site that leads nowhere. */
export interface BrokenRef {
  /** The file that holds the reference, relative to the site root. */
  from: string;
  /** The reference as written, e.g. "/glossario/#ente-gestore". */
  ref: string;
  problem: string;
}

/**
 * Attributes that make the reader's browser go somewhere or fetch something:
 * every one of them, when it points inside the site, must resolve to a file of
 * the build, and its #fragment (if any) to an element of that page.
 */
const REFERENCES: readonly [selector: string, attribute: string][] = [
  ["a[href]", "href"],
  ["area[href]", "href"],
  ["link[href]", "href"],
  ["script[src]", "src"],
  ["img[src]", "src"],
  ["img[srcset]", "srcset"],
  ["source[src]", "src"],
  ["source[srcset]", "srcset"],
  ["video[poster]", "poster"],
  ["iframe[src]", "src"],
  ["embed[src]", "src"],
  ["object[data]", "data"],
  ["form[action]", "action"],
  ["use[href]", "href"],
  ["image[href]", "href"],
];

/** `<link rel>` values that are metadata about the page, not files the site must contain. */
const LINK_RELS_NOT_FETCHED = new Set(["canonical"]);

/** SVG presentation attributes that may reference an element of the same page with url(#id). */
const SVG_URL_ATTRIBUTES = [
  "clip-path",
  "mask",
  "filter",
  "fill",
  "stroke",
  "marker-start",
  "marker-mid",
  "marker-end",
];

/** True for references that leave the site or are not URLs of files: https://…, mailto:, data:, //host… */
export function isExternal(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith("//");
}

function srcsetUrls(value: string): string[] {
  return value
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter((u) => u !== "");
}

/** Every internal URL a page refers to, as written. */
export function pageReferences(document: Document): string[] {
  const out: string[] = [];
  for (const [selector, attribute] of REFERENCES) {
    for (const el of document.querySelectorAll(selector)) {
      if (el.tagName.toLowerCase() === "link") {
        const rels = (el.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
        if (rels.every((r) => LINK_RELS_NOT_FETCHED.has(r))) continue;
      }
      const value = el.getAttribute(attribute) ?? "";
      out.push(...(attribute === "srcset" ? srcsetUrls(value) : [value.trim()]));
    }
  }
  for (const attribute of SVG_URL_ATTRIBUTES) {
    for (const el of document.querySelectorAll(`[${attribute}^="url("]`)) {
      const m = /^url\(\s*['"]?(#[^'")]+)['"]?\s*\)/.exec(el.getAttribute(attribute) ?? "");
      if (m) out.push(m[1]!);
    }
  }
  return out.filter((ref) => !isExternal(ref));
}

/** `url(…)` and `@import "…"` references of a stylesheet, internal ones only. */
export function cssReferences(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g)) out.push(m[2]!.trim());
  for (const m of css.matchAll(/@import\s+(['"])([^'"]+)\1/g)) out.push(m[2]!.trim());
  return out.filter((ref) => ref !== "" && !ref.startsWith("#") && !isExternal(ref));
}

/** Ids (and legacy `<a name>`s) of a page, decoded, for fragment checks. */
function anchorsOf(document: Document): Set<string> {
  const ids = new Set<string>();
  for (const el of document.querySelectorAll("[id]")) ids.add(el.getAttribute("id")!);
  for (const el of document.querySelectorAll("a[name]")) ids.add(el.getAttribute("name")!);
  return ids;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Checks every internal reference of a built site in `dir` (served at `base`):
 * pages and assets must exist, directory links must end in "/" (the site is
 * built with trailingSlash: "always"), and every #fragment must name an element
 * of its target page. Returns the broken ones, sorted by page; empty when all resolve.
 */
export function checkLinks(dir: string, base = "/"): BrokenRef[] {
  const broken: BrokenRef[] = [];
  const anchors = new Map<string, Set<string>>();
  const documents = new Map<string, Document>();
  const load = (file: string): Document => {
    let doc = documents.get(file);
    if (!doc) {
      doc = parseHTML(readFileSync(join(dir, file), "utf8")).document as unknown as Document;
      documents.set(file, doc);
    }
    return doc;
  };
  const anchorsIn = (file: string): Set<string> => {
    let set = anchors.get(file);
    if (!set) {
      set = anchorsOf(load(file));
      anchors.set(file, set);
    }
    return set;
  };

  /** Resolves a reference made from `fromUrl` to a file of the build, or says why not. */
  const resolveRef = (ref: string, fromUrl: string): { file: string; fragment: string } | { problem: string } => {
    const url = new URL(ref, `http://site${fromUrl}`);
    const fragment = decode(url.hash.slice(1));
    let path = decode(url.pathname);
    if (!path.startsWith(base)) return { problem: `outside the site's base path ${base}` };
    path = path.slice(base.length);
    const target = join(dir, path);
    if (path === "" || path.endsWith("/")) {
      const index = posix.join(path, "index.html");
      return existsSync(join(dir, index)) ? { file: index, fragment } : { problem: "no such page" };
    }
    if (!existsSync(target)) return { problem: "no such file" };
    if (statSync(target).isDirectory()) return { problem: `a directory: write "${ref.replace(/([?#]|$)/, "/$1")}"` };
    return { file: path, fragment };
  };

  for (const file of listPages(dir)) {
    const fromUrl = base + pagePath(file).slice(1);
    for (const ref of new Set(pageReferences(load(file)))) {
      const r = resolveRef(ref, fromUrl);
      if ("problem" in r) {
        broken.push({ from: file, ref, problem: r.problem });
        continue;
      }
      if (r.fragment === "" || !r.file.endsWith(".html")) continue;
      if (!anchorsIn(r.file).has(r.fragment)) {
        broken.push({ from: file, ref, problem: `no element with id "${r.fragment}" in ${r.file}` });
      }
    }
  }
  for (const file of listFiles(dir).filter((f) => f.endsWith(".css"))) {
    const fromUrl = base + file;
    for (const ref of new Set(cssReferences(readFileSync(join(dir, file), "utf8")))) {
      const r = resolveRef(ref, fromUrl);
      if ("problem" in r) broken.push({ from: file, ref, problem: r.problem });
    }
  }
  return broken;
}

/** One line per broken reference: `reti/index.html → /glossario/#x: no element with id "x" …`. */
export function formatBroken(broken: readonly BrokenRef[]): string[] {
  return broken.map((b) => `${b.from} → ${b.ref}: ${b.problem}`);
}
