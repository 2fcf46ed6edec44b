// Texts of the site's own pages that a reader sees on every visit.
import { describe, expect, test } from "vitest";
import { listPages, readPage, requireDist } from "../helpers/site.ts";

requireDist();
const text = (el: Element | null) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();

describe("the glossary /glossario/", () => {
  const page = readPage("glossario/index.html");
  const terms = [...page.querySelectorAll("dl.glossary > dt")];

  test("lists other forms of a term only when there are some, and never the term itself", () => {
    expect(terms.length).toBeGreaterThan(20);
    for (const dt of terms) {
      const aliases = dt.querySelector(".aliases");
      if (!aliases) continue;
      const list = text(aliases).replace(/^\(anche: (.*)\)$/, "$1");
      expect(list, text(dt)).not.toBe("");
      const term = text(dt).replace(text(aliases), "").trim().toLowerCase();
      for (const a of list.split(", ")) expect(term.includes(a.toLowerCase()), `${term}: ${a}`).toBe(false);
    }
  });
});

describe("the footer of every page", () => {
  const footer = readPage("analisi/index.html").querySelector(".site-footer")!;

  test("has no doubled full stop and a space on both sides of each separator", () => {
    expect(text(footer)).not.toMatch(/\.\.(?!\.)/);
    expect(text(footer)).not.toMatch(/\S·|·\S/);
  });

  test("links the site's other pages, the presentation included", () => {
    const labels = [...footer.querySelectorAll("a")].map(text);
    expect(labels).toEqual(["Grafici", "Presentazione", "Glossario", "Bibliografia", "Dati", "Aggiornamenti"]);
  });
});

describe("the chapter list of every page", () => {
  test("is there once, marking the page itself, whatever the page", () => {
    const problems: string[] = [];
    for (const file of listPages()) {
      const page = readPage(file);
      if (!page.querySelector(".site-header")) continue; // embeds and the deck have no site frame
      const lists = page.querySelectorAll("nav.chapter-nav");
      // A second copy (one for phones, one for wide screens) made up half of each page at 400 chapters.
      if (lists.length !== 1) problems.push(`${file}: ${lists.length} chapter lists`);
      if (!page.querySelector(".sidebar nav.chapter-nav")) problems.push(`${file}: no chapter list in the sidebar`);
      if (page.querySelectorAll('nav.chapter-nav [aria-current="page"]').length > 1) problems.push(`${file}: more than one current link`);
    }
    expect(problems).toEqual([]);
  });
});
