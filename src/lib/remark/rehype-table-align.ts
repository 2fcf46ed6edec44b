import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * Markdown tables with aligned columns (`| ---: |`) come out of remark-rehype as
 * `style="text-align:right"` (Astro's pipeline) or `align="right"` (plain
 * mdast-util-to-hast) on every cell: the site's CSP refuses inline styles and
 * `align` is obsolete HTML. This turns the alignment into a class
 * (`align-right`) that the stylesheet styles.
 */
export default function rehypeTableAlign() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "td" && node.tagName !== "th") return;
      const style = node.properties.style;
      const attr = node.properties.align;
      const align =
        typeof style === "string" ? /text-align:\s*(left|right|center)/.exec(style)?.[1] : typeof attr === "string" ? attr : undefined;
      if (!align) return;
      delete node.properties.style;
      delete node.properties.align;
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, `align-${align}`];
    });
  };
}
