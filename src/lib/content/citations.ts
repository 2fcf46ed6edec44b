import { citationAnchor } from "../remark/remark-citations.ts";

export interface Backlink {
  slug: string;
  title: string;
  anchor: string;
  n: number;
  /** "cap. 2" or "cap. 2 (2)" when a chapter cites a work more than once. */
  label: string;
}

/**
 * For every citation key, the places in the chapters that cite it, in reading
 * order, with the anchors remarkCitations gives them: the bibliography links back.
 * `citations` is what remarkCitations recorded for the chapter (`citationsOf`).
 */
export function citationBacklinks(
  chapters: readonly { slug: string; title: string; shortTitle: string; number?: string | undefined; citations: readonly string[] }[],
): Map<string, Backlink[]> {
  const out = new Map<string, Backlink[]>();
  for (const c of chapters) {
    const counts = new Map<string, number>();
    for (const key of c.citations) {
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      const where = c.number ? `cap. ${c.number}` : c.shortTitle;
      out.set(key, [
        ...(out.get(key) ?? []),
        { slug: c.slug, title: c.title, anchor: citationAnchor(key, n), n, label: n > 1 ? `${where} (${n})` : where },
      ]);
    }
  }
  return out;
}
