import type { Story } from "../schemas/story.ts";

interface SlideBase {
  /** 1-based position. */
  number: number;
  /** Fragment id, `slide-<number>`: each slide has its own address. */
  anchor: string;
  title: string;
}

export type DeckSlide =
  | (SlideBase & { kind: "title" })
  | (SlideBase & { kind: "finding"; kicker: string; text: string; chapter: string; chapterTitle: string })
  | (SlideBase & { kind: "chart"; chart: string });

/**
 * The deck's title: the report's, SITE.reportTitle. Written out rather than imported:
 * the reader's deck script imports this module, and would then carry site.ts.
 */
export const DECK_TITLE = "Reti territoriali e innovazione latente";

/**
 * The slides of the presentation, in order: the title, one per finding, one per
 * chart of `story.deck` (its takeaway as the heading). `chapterTitle` names a
 * chapter by slug (story.ts has already checked that every slug exists).
 */
export function deckSlides(story: Story, chapterTitle: (slug: string) => string): DeckSlide[] {
  const slides: Omit<DeckSlide, "number" | "anchor">[] = [
    { kind: "title", title: DECK_TITLE },
    ...story.findings.map((f, i) => ({
      kind: "finding" as const,
      kicker: `Risultato ${i + 1} di ${story.findings.length}`,
      title: f.title,
      text: f.text,
      chapter: f.chapter,
      chapterTitle: chapterTitle(f.chapter),
    })),
    ...story.deck.map((d) => ({ kind: "chart" as const, title: d.takeaway, chart: d.chart })),
  ];
  return slides.map((s, i) => ({ ...s, number: i + 1, anchor: `slide-${i + 1}` }) as DeckSlide);
}

/** The slide a URL fragment points to (0-based), or 0 for no or an unknown fragment. */
export function slideIndex(hash: string, total: number): number {
  const m = /^#slide-(\d+)$/.exec(hash);
  const n = m ? Number(m[1]) : 1;
  return Math.min(Math.max(n, 1), total) - 1;
}
