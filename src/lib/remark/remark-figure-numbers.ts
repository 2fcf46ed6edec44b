import type { Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { NUMBERED_COMPONENTS, numberFigures, typedNumber } from "./figure-numbers.ts";

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
      const text = (a: MdxJsxAttribute | undefined) => (a === undefined ? undefined : typeof a.value === "string" ? a.value : (a.value?.value ?? ""));
      const typed = typedNumber({ number: text(attr("number")), caption: text(attr("caption")) });
      if (typed) {
        file.fail(
          `<${el.name}> ${typed.attribute} "${typed.value}": ${typed.message}; expected ${typed.expected}. Hint: ${typed.hint}.`,
          el,
          "remark-figure-numbers:typed-number",
        );
      }
      el.attributes.push({ type: "mdxJsxAttribute", name: "number", value: numbers[i]! });
    });
  };
}
