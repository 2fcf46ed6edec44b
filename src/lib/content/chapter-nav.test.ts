import { parseHTML } from "linkedom";
import { expect, test } from "vitest";
import { chapterNavHtml, markCurrent } from "./chapter-nav.ts";

const chapters = [
  { slug: "introduzione", title: "Introduzione", shortTitle: "Introduzione", order: 1 },
  { slug: "strategia", title: "La strategia", shortTitle: "La <strategia>", number: "1", order: 2 },
];

test("chapterNavHtml lists every chapter under the base, escaped, then the site pages", () => {
  const { document } = parseHTML(`<html><body>${chapterNavHtml(chapters, "/wecare/")}</body></html>`);
  const links = [...document.querySelectorAll("a")].map((a) => [a.getAttribute("href"), a.textContent]);
  expect(links.slice(0, 2)).toEqual([
    ["/wecare/introduzione/", "Introduzione"],
    ["/wecare/strategia/", "1La <strategia>"],
  ]);
  expect(links.map((l) => l[0])).toContain("/wecare/glossario/");
  expect(document.querySelector("nav")?.getAttribute("aria-label")).toBe("Capitoli");
});

test("markCurrent marks exactly the current page's link", () => {
  const current = (html: string) =>
    [...parseHTML(`<html><body>${html}</body></html>`).document.querySelectorAll('[aria-current="page"]')].map((a) => a.getAttribute("href"));
  const nav = chapterNavHtml(chapters, "/wecare/");
  expect(current(markCurrent(nav, "strategia", "/wecare/"))).toEqual(["/wecare/strategia/"]);
  expect(current(markCurrent(nav, "glossario", "/wecare/"))).toEqual(["/wecare/glossario/"]);
  // A page that is not in the navigation (the home page, the search page) marks nothing.
  expect(markCurrent(nav, "cerca", "/wecare/")).toBe(nav);
  expect(markCurrent(nav, undefined, "/wecare/")).toBe(nav);
});
