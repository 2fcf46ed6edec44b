// Texts of the site's own pages that a reader sees on every visit.
import { describe, expect, test } from "vitest";
import { readPage, requireDist } from "../helpers/site.ts";

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
