import { describe, expect, test } from "vitest";
import { deckSlides, slideIndex } from "./deck.ts";
import type { Story } from "../schemas/story.ts";

const story: Story = {
  findings: [
    { title: "Primo", text: "Un risultato abbastanza lungo da valere.", chapter: "reti" },
    { title: "Secondo", text: "Un altro risultato abbastanza lungo.", chapter: "analisi" },
  ],
  deck: [{ chart: "timeline", takeaway: "Quattro anni di attuazione." }],
};

describe("deckSlides(story, chapterTitle)", () => {
  test("gives the title, one slide per finding and one per deck chart, numbered with their anchors", () => {
    const slides = deckSlides(story, (slug) => `Capitolo ${slug}`);
    expect(slides.map((s) => [s.kind, s.number, s.anchor])).toEqual([
      ["title", 1, "slide-1"],
      ["finding", 2, "slide-2"],
      ["finding", 3, "slide-3"],
      ["chart", 4, "slide-4"],
    ]);
    expect(slides[2]).toMatchObject({ kicker: "Risultato 2 di 2", chapterTitle: "Capitolo analisi" });
    expect(slides[3]).toMatchObject({ title: "Quattro anni di attuazione.", chart: "timeline" });
  });
});

describe("slideIndex(hash, total)", () => {
  test("maps #slide-N to N − 1, clamped to the deck; anything else to the first slide", () => {
    expect(slideIndex("#slide-3", 9)).toBe(2);
    expect(slideIndex("#slide-99", 9)).toBe(8);
    expect(slideIndex("#slide-0", 9)).toBe(0);
    expect(slideIndex("", 9)).toBe(0);
    expect(slideIndex("#contenuto", 9)).toBe(0);
  });
});
