import { describe, expect, test } from "vitest";
import { neighbours, numberedTitle, orderChapters, readingMinutes, type ChapterLink } from "./chapters.ts";

const chapter = (slug: string, order: number, number?: string): ChapterLink => ({
  slug,
  title: `Titolo ${slug}`,
  shortTitle: slug,
  number,
  order,
});

const words = (n: number) => Array.from({ length: n }, (_, i) => `parola${i}`).join(" ");

describe("orderChapters(chapters)", () => {
  test("sorts by order without changing its input", () => {
    const input = [chapter("c", 3), chapter("a", 1), chapter("b", 2)];
    expect(orderChapters(input).map((c) => c.slug)).toEqual(["a", "b", "c"]);
    expect(input.map((c) => c.slug)).toEqual(["c", "a", "b"]);
  });

  test("keeps the other fields of each chapter", () => {
    const [first] = orderChapters([{ ...chapter("a", 1), body: "testo" }]);
    expect(first).toEqual({ ...chapter("a", 1), body: "testo" });
  });
});

describe("neighbours(ordered, slug)", () => {
  const ordered = [chapter("a", 1), chapter("b", 2), chapter("c", 3)];

  test("gives the previous and next chapters of a middle chapter", () => {
    const { prev, next } = neighbours(ordered, "b");
    expect([prev?.slug, next?.slug]).toEqual(["a", "c"]);
  });

  test("has no previous for the first chapter and no next for the last", () => {
    expect(neighbours(ordered, "a")).toEqual({ prev: undefined, next: ordered[1] });
    expect(neighbours(ordered, "c")).toEqual({ prev: ordered[1], next: undefined });
  });

  test("has neither for an unknown slug", () => {
    expect(neighbours(ordered, "z")).toEqual({ prev: undefined, next: undefined });
  });
});

describe("numberedTitle(chapter)", () => {
  test("puts the number, with a full stop, before the title", () => {
    expect(numberedTitle({ number: "3.1", title: "Alessandria" })).toBe("3.1. Alessandria");
  });

  test("is just the title for an unnumbered chapter", () => {
    expect(numberedTitle({ title: "Introduzione" })).toBe("Introduzione");
    expect(numberedTitle({ number: undefined, title: "Introduzione" })).toBe("Introduzione");
  });
});

describe("readingMinutes(markdown)", () => {
  test("counts 200 words a minute, rounded", () => {
    expect(readingMinutes(words(200))).toBe(1);
    expect(readingMinutes(words(500))).toBe(3);
    expect(readingMinutes(words(2_099))).toBe(10);
  });

  test("is at least one minute", () => {
    expect(readingMinutes("")).toBe(1);
  });

  test("counts prose only: not frontmatter, JSX, link targets, footnote marks or lone punctuation", () => {
    const markdown = [
      "---",
      `summary: "${words(400)}"`,
      "---",
      words(297),
      '<Chart id="funding-by-case" />',
      "[due parole](cite:pierson-2000)[^1] — .",
      "",
      "[^1]",
    ].join("\n");
    // 297 + "due parole" = 299 words, 1.495 minutes: one more word counted would make it 2.
    expect(readingMinutes(markdown)).toBe(1);
    expect(readingMinutes(markdown.replace("due parole", "tre parole qui"))).toBe(2);
  });
});
