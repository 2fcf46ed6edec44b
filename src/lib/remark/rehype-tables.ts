import type { Element, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";

/**
 * Markdown tables with aligned columns (`| ---: |`) come out of remark-rehype as
 * `style="text-align:right"` (Astro's pipeline) or `align="right"` (plain
 * mdast-util-to-hast) on every cell: the site's CSP refuses inline styles and
 * `align` is obsolete HTML. This turns the alignment into a class
 * (`align-right`) that the stylesheet styles.
 *
 * Each table is also wrapped in a focusable scroll region, so that a wide table
 * scrolls by itself on a phone instead of widening the page (WCAG 1.4.10).
 */
export default function rehypeTables() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "table" || !parent || index === undefined) return undefined;
      const wrapper: Element = {
        type: "element",
        tagName: "section",
        properties: { className: ["table-scroll"], tabIndex: 0, ariaLabel: "Tabella (scorre in orizzontale)" },
        children: [node],
      };
      parent.children[index] = wrapper;
      return [SKIP, index + 1];
    });
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
