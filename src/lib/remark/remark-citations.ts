import type { Link, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";

export interface RemarkCitationsOptions {
  /** Known bibliography keys. */
  keys: ReadonlySet<string>;
  base: string;
}

const PREFIX = "cite:";

/** Anchor id of the n-th (1-based) citation of `key` in a chapter; the bibliography links back to it. */
export function citationAnchor(key: string, n: number): string {
  return `cite-${key}-${n}`;
}

/**
 * Lists the citation keys of a chapter's source in document order. It parses the
 * MDX as the build does and visits the same link nodes as remarkCitations, so the
 * numbering (and the bibliography's links back) always agree: code spans, code
 * blocks and links with a title are handled the same way.
 */
export function listCitations(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(markdown) as Root;
  const keys: string[] = [];
  visit(tree, "link", (node: Link) => {
    if (node.url.startsWith(PREFIX)) keys.push(node.url.slice(PREFIX.length));
  });
  return keys;
}

/**
 * Turns `[Pierson 2000](cite:pierson-2000)` into a link to the bibliography entry,
 * with an id the entry links back to. An unknown key stops the build.
 */
export default function remarkCitations(options: RemarkCitationsOptions) {
  return (tree: Root, file: VFile) => {
    const counts = new Map<string, number>();
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
      node.url = `${options.base}bibliografia/#ref-${key}`;
      node.data = {
        ...node.data,
        hProperties: { id: citationAnchor(key, n), className: ["cite"] },
      };
    });
  };
}
