import type { Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { NUMBERED_COMPONENTS, numberFigures, TYPED_NUMBER } from "./figure-numbers.ts";

/**
 * Numbers a chapter's figures (`<Chart>`, `<PolicyCycle>`) and tables
 * (`<ChartTable>`) in reading order and hands each its number as a `number`
 * attribute ("2.1"), which the component shows as "Figura 2.1". The chapter's
 * number comes from its frontmatter (`file.data.astro.frontmatter.number`, as
 * @astrojs/mdx sets it). Numbers are never typed in a chapter: a `number`
 * attribute or a caption starting with "Tabella 1" stops the build at its line.
 */
export default function remarkFigureNumbers() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data.astro as { frontmatter?: { number?: unknown } } | undefined)?.frontmatter;
    const chapterNumber = frontmatter?.number === undefined ? undefined : String(frontmatter.number);
    const elements: MdxJsxFlowElement[] = [];
    // visit() walks the tree depth-first in document order: the reading order.
    visit(tree, (node) => {
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const el = node as MdxJsxFlowElement;
      if (el.name && el.name in NUMBERED_COMPONENTS) elements.push(el);
    });
    const numbers = numberFigures(
      elements.map((el) => NUMBERED_COMPONENTS[el.name!]!),
      chapterNumber,
    );
    elements.forEach((el, i) => {
      const attr = (name: string) => el.attributes.find((a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === name);
      if (attr("number")) {
        file.fail(
          `<${el.name}> has a number written by hand; figures and tables are numbered automatically, in reading order. Hint: remove the number attribute.`,
          el,
          "remark-figure-numbers:typed-number",
        );
      }
      const caption = attr("caption")?.value;
      if (typeof caption === "string" && TYPED_NUMBER.test(caption)) {
        file.fail(
          `<${el.name}> caption "${caption}" starts with a number; the number is added automatically. Hint: write the caption without "Tabella …" or "Figura …".`,
          el,
          "remark-figure-numbers:typed-number",
        );
      }
      el.attributes.push({ type: "mdxJsxAttribute", name: "number", value: numbers[i]! });
    });
  };
}
