/**
 * Average advance of a character of the page's sans-serif text, in ems. Pages use
 * the reader's system font, so SVG text laid out at build time cannot be measured:
 * this estimate is on the wide side (Source Sans 3 and the system sans fonts are narrower).
 */
export const CHAR_EM = 0.56;

/** Estimated width of `text` at `fontSize`, counting code points (an accented letter is one). */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Array.from(text).length * CHAR_EM * fontSize;
}
