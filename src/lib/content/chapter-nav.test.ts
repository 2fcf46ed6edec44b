import { parseHTML } from "linkedom";
import { expect, test } from "vitest";
import { chapterNavHtml, markCurrent } from "./chapter-nav.ts";

const chapters = [
  { slug: "introduzione", title: "Introduzione", shortTitle: "Introduzione", order: 1 },
  { slug: "strategia", title: "La strategia", shortTitle: "La <strategia>", number: "1", order: 2 },
];

test("chapterNavHtml lists every chapter under the base, escaped, then the site pages", () => {
  const { document } = parseHTML(`<html><body>${chapterNavHtml(chapters, "/wecare/", "Capitoli")}</body></html>`);
  const links = [...document.querySelectorAll("a")].map((a) => [a.getAttribute("href"), a.textContent]);
  expect(links.slice(0, 2)).toEqual([
    ["/wecare/introduzione/", "Introduzione"],
    ["/wecare/strategia/", "1La <strategia>"],
  ]);
  expect(links.map((l) => l[0])).toContain("/wecare/glossario/");
  expect(document.querySelector("nav")?.getAttribute("aria-label")).toBe("Capitoli");
});

test("markCurrent marks exactly the current page's link", () => {
  const html = markCurrent(chapterNavHtml(chapters, "/", "Capitoli"), "strategia");
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  expect([...document.querySelectorAll('[aria-current="page"]')].map((a) => a.getAttribute("href"))).toEqual(["/strategia/"]);
  expect(markCurrent(html, undefined)).toBe(html);
});
