// Footnotes and citations link both ways: a reader can jump from the text to the
// note or bibliography entry and back to the exact place they came from.
import { readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { readPage, SITE_BASE } from "../helpers/site.ts";

const chapters = readdirSync("src/content/chapters").map((f) => f.replace(/\.mdx$/, "")).sort();
const bibliography = readPage("bibliografia/index.html");
const pathOf = (href: string) => new URL(href, `http://x${SITE_BASE}`);

describe("every chapter was built, with its title and content", () => {
  test.each(chapters)("%s", (slug) => {
    const doc = readPage(`${slug}/index.html`);
    expect(doc.querySelector("h1")?.textContent?.trim().length).toBeGreaterThan(3);
    expect(doc.querySelectorAll("main p").length).toBeGreaterThan(3);
  });
});

describe.each(chapters)("%s", (slug) => {
  const doc = readPage(`${slug}/index.html`);

  test("each footnote reference leads to its note, and the note leads back to the reference", () => {
    const refs = [...doc.querySelectorAll("a[data-footnote-ref]")];
    for (const ref of refs) {
      const note = doc.getElementById(ref.getAttribute("href")!.slice(1));
      expect(note, ref.getAttribute("href")!).not.toBeNull();
      const back = note!.querySelector("a[data-footnote-backref]");
      expect(back?.getAttribute("href")).toBe(`#${ref.id}`);
    }
    // and no note is orphaned
    for (const back of doc.querySelectorAll("a[data-footnote-backref]")) {
      expect(doc.getElementById(back.getAttribute("href")!.slice(1)), back.getAttribute("href")!).not.toBeNull();
    }
  });

  test("each citation leads to its bibliography entry, which links back to this very citation", () => {
    for (const cite of doc.querySelectorAll("a.cite")) {
      const url = pathOf(cite.getAttribute("href")!);
      expect(url.pathname).toBe(`${SITE_BASE}bibliografia/`);
      const entry = bibliography.getElementById(url.hash.slice(1));
      expect(entry, url.hash).not.toBeNull();
      const backlinks = [...entry!.querySelectorAll(".backlinks a")].map((a) => a.getAttribute("href"));
      expect(backlinks, cite.id).toContain(`${SITE_BASE}${slug}/#${cite.id}`);
    }
  });
});

test("every bibliography entry is cited somewhere, and every back-link points to an existing citation", () => {
  for (const entry of bibliography.querySelectorAll(".bib-entry")) {
    const links = [...entry.querySelectorAll(".backlinks a")];
    expect(links.length, entry.id).toBeGreaterThan(0);
    for (const a of links) {
      const url = pathOf(a.getAttribute("href")!);
      const page = readPage(`${url.pathname.slice(SITE_BASE.length)}index.html`);
      const target = page.getElementById(url.hash.slice(1));
      expect(target?.classList.contains("cite"), a.getAttribute("href")!).toBe(true);
    }
  }
});
