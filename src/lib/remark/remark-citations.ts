import type { Link, Root } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";

export interface RemarkCitationsOptions {
  /** Known bibliography keys. */
  keys: ReadonlySet<string>;
  base: string;
}

const PREFIX = "cite:";
const FRONTMATTER_KEY = "citations";

/** Anchor id of the n-th (1-based) citation of `key` in a chapter; the bibliography links back to it. */
export function citationAnchor(key: string, n: number): string {
  return `cite-${key}-${n}`;
}

/**
 * The citation keys a chapter cites, in the order remarkCitations numbered them.
 * The plugin records them in the page's remark frontmatter (Astro's
 * `render(entry).remarkPluginFrontmatter`), so the bibliography's links back use
 * the very numbering of the build: nothing parses the chapter a second time.
 */
export function citationsOf(remarkFrontmatter: Record<string, unknown>): string[] {
  const keys = remarkFrontmatter[FRONTMATTER_KEY];
  return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === "string") : [];
}

/**
 * Turns `[Pierson 2000](cite:pierson-2000)` into a link to the bibliography entry,
 * with an id the entry links back to. An unknown key stops the build.
 */
export default function remarkCitations(options: RemarkCitationsOptions) {
  return (tree: Root, file: VFile) => {
    const counts = new Map<string, number>();
    const cited: string[] = [];
    visit(tree, "link", (node: Link) => {
      if (!node.url.startsWith(PREFIX)) return;
      const key = node.url.slice(PREFIX.length);
      if (!options.keys.has(key)) {
        file.fail(
          `Unknown citation key "${key}"; expected an id listed in src/content/bibliography.yaml. Hint: add the work to the bibliography, or correct the key.`,
          node,
          "remark-citations:unknown-key",
        );
      }
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      cited.push(key);
      node.url = `${options.base}bibliografia/#ref-${key}`;
      node.data = {
        ...node.data,
        hProperties: { id: citationAnchor(key, n), className: ["cite"] },
      };
    });
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    (astro.frontmatter ??= {})[FRONTMATTER_KEY] = cited;
  };
}
