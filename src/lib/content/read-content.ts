import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse } from "yaml";
import { BibliographySchema, GlossarySchema } from "../schemas/chapter.ts";
import type { GlossaryTerm } from "../remark/remark-glossary.ts";
import { parseFrontmatter } from "./frontmatter.ts";

/**
 * Glossary terms by id, for the remark plugin. Invalid entries are skipped here;
 * `checkProject` reports them (with lines) before the build starts.
 */
export function readGlossaryTerms(dir: string): Map<string, GlossaryTerm> {
  const terms = new Map<string, GlossaryTerm>();
  for (const name of listFiles(dir, ".md")) {
    const { data } = parseFrontmatter(readFileSync(join(dir, name), "utf8"), name, GlossarySchema);
    if (data) terms.set(basename(name, ".md"), { term: data.term, short: data.short });
  }
  return terms;
}

/** Citation keys of the bibliography; invalid entries are skipped (see readGlossaryTerms). */
export function readBibliographyKeys(path: string): Set<string> {
  let entries: unknown;
  try {
    entries = parse(readFileSync(path, "utf8"));
  } catch {
    return new Set();
  }
  const keys = new Set<string>();
  for (const e of Array.isArray(entries) ? entries : []) {
    const r = BibliographySchema.safeParse(e);
    if (r.success) keys.add(r.data.id);
  }
  return keys;
}

/** File names in `dir` ending in `ext`, sorted; empty when the folder is missing. */
export function listFiles(dir: string, ext: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith(ext))
      .sort();
  } catch {
    return [];
  }
}
