import { readFileSync } from "node:fs";
import { join } from "node:path";
import { codeHash, hashParts } from "../cache/content-hash.ts";
import { cacheDirs } from "../cache/dirs.ts";
import { cacheMdx } from "../cache/mdx-cache.ts";
import { CHART_IDS } from "../charts/registry.ts";
import { PATHS } from "../content/paths.ts";
import { readBibliographyKeys, readGlossaryTerms } from "../content/read-content.ts";
import { lazyUnified } from "./lazy-unified.ts";
import rehypeTables from "./rehype-tables.ts";
import remarkBaseLinks from "./remark-base-links.ts";
import remarkChartIds from "./remark-chart-ids.ts";
import remarkCitations from "./remark-citations.ts";
import remarkFigureNumbers from "./remark-figure-numbers.ts";
import remarkGlossary from "./remark-glossary.ts";

/**
 * The Markdown processor of chapters and glossary entries, as astro.config.mjs
 * gives it to Astro; scripts/build.ts makes the same one to compile edited
 * chapters beside Astro, without loading Astro's configuration.
 *
 * Astro 7's default processor (Sätteri) takes no remark plugins; ours are remark
 * plugins, so the chapters go through unified, loaded only when something needs
 * compiling (lazy-unified.ts). A chapter compiled by an earlier build is read
 * back from .tmp/cache/mdx/ unless its text, the plugins, their options
 * (glossary, bibliography, chart ids, base path) or the installed packages
 * changed (cache/mdx-cache.ts).
 */
export function markdownProcessor(root: string, base: string) {
  return cacheMdx(
    lazyUnified({
      remarkPlugins: [
        [remarkGlossary, { terms: readGlossaryTerms(PATHS.glossary), base }],
        [remarkCitations, { keys: readBibliographyKeys(PATHS.bibliography), base }],
        [remarkChartIds, { ids: CHART_IDS }],
        remarkFigureNumbers,
        [remarkBaseLinks, { base }],
      ],
      rehypePlugins: [rehypeTables],
      remarkRehype: {
        footnoteLabel: "Note",
        footnoteBackLabel: (i: number) => `Torna al richiamo ${i + 1}`,
      },
      gfm: true,
      smartypants: false,
    }),
    {
      dir: cacheDirs(root).mdx,
      inputs: hashParts([codeHash(root, ["src/lib/remark"], []), readFileSync(join(root, "package-lock.json"))]),
    },
  );
}
