// Figures and tables are numbered per chapter, in reading order ("Figura 2.1",
// "Tabella 2.1"), by remark-figure-numbers: the number is part of the caption a
// reader sees, hears and prints on the chapter page, and is absent where a chart
// stands alone (embed pages, gallery, presentation).
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import matter from "gray-matter";
import { describe, expect, test } from "vitest";
import { CHARTS } from "../../src/lib/charts/registry.ts";
import { listFiles as listSources } from "../../src/lib/content/read-content.ts";
import { PATHS } from "../../src/lib/content/paths.ts";
import { listPages, readPage, requireDist } from "../helpers/site.ts";

requireDist();
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();

const chapters = listSources(PATHS.chapters, ".mdx").map((name) => {
  const { data } = matter(readFileSync(join(PATHS.chapters, name), "utf8"));
  return { slug: basename(name, ".mdx"), number: data.number as string | undefined };
});

/** Each figure and table of a chapter page, in document order: its kind, its number as shown, and its accessible name. */
function numberedElements(slug: string) {
  const doc = readPage(`${slug}/index.html`);
  return [...doc.querySelectorAll(".prose figure.chart, .prose figure.chart-table")].map((fig) => {
    const table = fig.classList.contains("chart-table");
    const caption = table ? fig.querySelector("caption") : fig.querySelector(".chart-title");
    const numbers = caption ? [...caption.querySelectorAll(".figure-number")] : [];
    const name = table
      ? (fig.querySelector(".table-scroll")?.getAttribute("aria-label") ?? "")
      : text(doc.getElementById(fig.getAttribute("aria-labelledby") ?? ""));
    return { kind: table ? "Tabella" : "Figura", numbers: numbers.map(text), caption: text(caption), name };
  });
}

describe("numbered figures and tables on chapter pages", () => {
  test.each(chapters.map((c) => [c.slug, c] as const))(
    "%s: every figure and table has one number, counting 1, 2, 3… per kind after the chapter's number",
    (slug, chapter) => {
      const elements = numberedElements(slug);
      const prefix = chapter.number ? `${chapter.number}.` : "";
      const seen = { Figura: 0, Tabella: 0 };
      for (const el of elements) {
        const expected = `${el.kind} ${prefix}${++seen[el.kind as keyof typeof seen]}.`;
        expect(el.numbers, el.caption).toEqual([expected]);
        // Shown first in the caption, and part of the name screen readers announce.
        expect(el.caption.startsWith(`${expected} `), el.caption).toBe(true);
        expect(el.name.startsWith(`${expected} `), el.name).toBe(true);
      }
    },
  );

  test("the chapters show at least ten figures and a table (so the checks above are not vacuous)", () => {
    const all = chapters.flatMap((c) => numberedElements(c.slug));
    expect(all.filter((e) => e.kind === "Figura").length).toBeGreaterThanOrEqual(10);
    expect(all.filter((e) => e.kind === "Tabella").length).toBeGreaterThanOrEqual(1);
  });

  test("the policy cycle is a numbered figure like the charts, not the source report's «Figura 1»", () => {
    const cycle = numberedElements("policy-change").find((e) => e.caption.includes("ciclo del policy change"));
    expect(cycle?.numbers).toEqual(["Figura 2.1."]);
  });
});

describe("charts shown on their own carry no number", () => {
  const standalone = listPages().filter((p) => p.startsWith("embed/") || p === "grafici/index.html" || p.startsWith("presentazione/"));

  test("embed pages, the gallery and the presentation have no figure number", () => {
    expect(standalone.length).toBeGreaterThanOrEqual(CHARTS.length);
    for (const page of standalone) {
      const doc = readPage(page);
      expect(doc.querySelectorAll(".figure-number").length, page).toBe(0);
      for (const title of doc.querySelectorAll(".chart-title, h1, h2")) expect(text(title), page).not.toMatch(/^(Figura|Tabella) \d/);
    }
  });
});
