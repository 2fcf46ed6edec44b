import { defineCollection } from "astro/content/config";
import { file, glob } from "astro/loaders";
import { BibliographySchema, ChapterSchema, GlossarySchema } from "./lib/schemas/chapter.ts";
import { PATHS } from "./lib/content/paths.ts";

// Schemas live in src/lib/schemas so that `npm run check` and the tests use the
// very same definitions without importing astro:content.
const chapters = defineCollection({
  loader: glob({ pattern: "*.mdx", base: PATHS.chapters }),
  schema: ChapterSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: "*.md", base: PATHS.glossary }),
  schema: GlossarySchema,
});

const bibliography = defineCollection({
  loader: file(PATHS.bibliography),
  schema: BibliographySchema,
});

export const collections = { chapters, glossary, bibliography };
