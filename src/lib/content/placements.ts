import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import matter from "gray-matter";
import { listFiles } from "./read-content.ts";

/** The chart ids of a chapter's `<Chart id="…" />` elements, in the order they appear. */
export function chartsIn(body: string): string[] {
  return [...body.matchAll(/<Chart\s+id=["']([^"']+)["']/g)].map((m) => m[1]!);
}

/**
 * Where each chart is placed: the slug of the first chapter, in reading order,
 * that contains `<Chart id="…" />`. The chapters are the one source of truth for
 * this: a chart moved to another chapter moves its "back to the report" links
 * (embed page, gallery, deck) with it. Charts placed nowhere are absent.
 */
export function chartPlacements(chapters: readonly { slug: string; order: number; body: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of [...chapters].sort((a, b) => a.order - b.order)) {
    for (const id of chartsIn(c.body)) if (!out.has(id)) out.set(id, c.slug);
  }
  return out;
}

/** chartPlacements of the chapters in `dir` (frontmatter `order`; files that do not parse are skipped). */
export function readChartPlacements(dir: string): Map<string, string> {
  const chapters = listFiles(resolve(dir), ".mdx").flatMap((name) => {
    try {
      const { data, content } = matter(readFileSync(resolve(dir, name), "utf8"), {});
      return [{ slug: basename(name, ".mdx"), order: Number(data.order), body: content }];
    } catch {
      return [];
    }
  });
  return chartPlacements(chapters);
}
