import type { Definition, Link, LinkReference, Root } from "mdast";
import { visit } from "unist-util-visit";

export interface RemarkBaseLinksOptions {
  /** Site base path ending in "/", e.g. "/" or "/wecare/". */
  base: string;
}

const UNSAFE = /^\s*(javascript|vbscript|data):/i;

/**
 * Links with a script-running scheme (`javascript:`, `vbscript:`, `data:`) are
 * unwrapped to their text: they cannot be a reference a report needs, and a
 * reader must never be one click away from running code.
 *
 * Chapters link to each other with site-root paths (`/policy-change/`). When the
 * site is published under a sub-path (GitHub Pages: `/<repo>/`), those paths
 * must carry the base, so authors never have to know where the site is hosted.
 */
export default function remarkBaseLinks(options: RemarkBaseLinksOptions) {
  const base = options.base.endsWith("/") ? options.base : `${options.base}/`;
  return (tree: Root) => {
    // A reference link (`[text][r]`) takes its url from a definition (`[r]: javascript:…`).
    const unsafeDefinitions = new Set<string>();
    visit(tree, "definition", (node: Definition) => {
      if (UNSAFE.test(node.url)) unsafeDefinitions.add(node.identifier);
    });
    visit(tree, (node, index, parent) => {
      if (node.type !== "link" && node.type !== "linkReference") return undefined;
      const n = node as Link | LinkReference;
      const unsafe = n.type === "link" ? UNSAFE.test(n.url) : unsafeDefinitions.has(n.identifier);
      if (unsafe && parent && index !== undefined) {
        parent.children.splice(index, 1, ...n.children);
        return index;
      }
      return undefined;
    });
    if (base === "/") return;
    visit(tree, (node) => {
      if (node.type !== "link" && node.type !== "definition") return;
      const n = node as Link | Definition;
      if (n.url.startsWith("/") && !n.url.startsWith("//") && !n.url.startsWith(base)) {
        n.url = base + n.url.slice(1);
      }
    });
  };
}
