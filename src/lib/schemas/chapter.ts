import { z } from "zod";

/** Frontmatter of a chapter (`src/content/chapters/<slug>.mdx`). */
export const ChapterSchema = z.strictObject({
  /** Full title, shown as the page heading. */
  title: z.string().trim().min(1, "empty title"),
  /** Short label for the sidebar and previous/next links (at most 30 characters). */
  shortTitle: z.string().trim().min(1, "empty shortTitle").max(30, "shortTitle longer than 30 characters"),
  /** Reading order: a whole number, unique across chapters. */
  order: z.number({ message: "order must be a whole number" }).int("order must be a whole number").min(0, "order must be 0 or more"),
  /** Number shown to readers ("1", "3.1"); omit for unnumbered pages such as the introduction. */
  number: z
    // The message also covers an unquoted `number: 3.2`, which YAML reads as a number.
    .string({ message: 'number must look like 1 or 3.2 (quote it in YAML: "3.2")' })
    .regex(/^\d+(\.\d+)*$/, "number must look like 1 or 3.2 (quote it in YAML: \"3.2\")")
    .optional(),
  /** One paragraph summarising the chapter: meta description and home page. */
  summary: z.string().trim().min(40, "summary shorter than 40 characters").max(400, "summary longer than 400 characters"),
  /** Date of the last substantive revision, when it should be shown instead of the git date. */
  updated: z.coerce.date().optional(),
});
export type Chapter = z.output<typeof ChapterSchema>;

/** Frontmatter of a glossary entry (`src/content/glossary/<id>.md`). */
export const GlossarySchema = z.strictObject({
  /** The term as displayed. */
  term: z.string().trim().min(1, "empty term"),
  /** One plain-text sentence shown as a tooltip where the term is marked. */
  short: z.string().trim().min(10, "short definition shorter than 10 characters").max(240, "short definition longer than 240 characters"),
  /** Other forms of the term (plurals, expansions). */
  aliases: z.array(z.string()).optional(),
});
export type GlossaryEntry = z.output<typeof GlossarySchema>;

/** One work cited in the text (`src/content/bibliography.yaml`). */
export const BibliographySchema = z.strictObject({
  /** Citation key, used in chapters as `[Pierson 2000](cite:pierson-2000)`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "id must be lowercase letters, digits and hyphens"),
  /** Authors as the source cites them. */
  authors: z.string().trim().min(1, "empty authors"),
  /** Year of publication. */
  year: z.number().int().min(1800).max(2100),
  /** Where the source cites the work. */
  cited: z.string().optional(),
  /** Full reference, when known from the source. */
  title: z.string().optional(),
});
export type BibliographyEntry = z.output<typeof BibliographySchema>;

/**
 * How one commit is described to readers on the updates page and in its feed
 * (`src/content/updates.yaml`), when its message is not fit for them (written
 * in English, or about the code).
 */
export const UpdateNoteSchema = z.strictObject({
  /** The commit, by its hash or the first 7 characters or more of it, as `git log --oneline` shows. */
  commit: z.string().regex(/^[0-9a-f]{7,40}$/, "a commit hash: 7 to 40 characters among 0-9 and a-f"),
  /** The sentence readers see instead of the commit message, in Italian. */
  testo: z.string().trim().min(10, "testo shorter than 10 characters").max(300, "testo longer than 300 characters"),
});
export type UpdateNote = z.output<typeof UpdateNoteSchema>;
