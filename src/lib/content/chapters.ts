/** What the navigation needs of a chapter. */
export interface ChapterLink {
  slug: string;
  title: string;
  shortTitle: string;
  number?: string | undefined;
  order: number;
}

/** Chapters in reading order. Duplicate orders are rejected earlier, by checkProject. */
export function orderChapters<T extends ChapterLink>(chapters: readonly T[]): T[] {
  return [...chapters].sort((a, b) => a.order - b.order);
}

/** Previous and next chapters of `slug` in reading order. */
export function neighbours<T extends ChapterLink>(ordered: readonly T[], slug: string): { prev: T | undefined; next: T | undefined } {
  const i = ordered.findIndex((c) => c.slug === slug);
  return { prev: i > 0 ? ordered[i - 1] : undefined, next: i >= 0 ? ordered[i + 1] : undefined };
}

/** "3.1. Alessandria" or just the title when unnumbered. */
export function numberedTitle(c: { number?: string | undefined; title: string }): string {
  return c.number ? `${c.number}. ${c.title}` : c.title;
}

/**
 * Minutes to read a chapter at 200 words a minute (a common figure for Italian
 * non-fiction on screen), counting prose only: frontmatter, JSX and link targets are dropped.
 */
export function readingMinutes(markdown: string): number {
  const prose = markdown
    .replace(/^---[\s\S]*?---/, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/\[\^[^\]]+\]/g, "");
  const words = prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / 200));
}
