import type { Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import { describe, expect, test } from "vitest";
import remarkFigureNumbers from "./remark-figure-numbers.ts";

/** Runs the plugin on `mdx` as @astrojs/mdx would (frontmatter in file.data.astro); returns "Name number" per element. */
function numbered(mdx: string, frontmatter: Record<string, unknown> = {}): string[] {
  const file = new VFile({ path: "capitolo.mdx", value: mdx, data: { astro: { frontmatter } } });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFigureNumbers);
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const out: string[] = [];
  visit(tree, (node) => {
    if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
    const el = node as MdxJsxFlowElement;
    const n = el.attributes.find((a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === "number");
    out.push(`${el.name} ${n?.value ?? "-"}`);
  });
  return out;
}

/** The error text (file:line:column first) of running the plugin on `mdx`. */
function failure(mdx: string): string {
  try {
    numbered(mdx, { number: "2" });
    return "ok";
  } catch (error) {
    return String(error);
  }
}

const CHAPTER = [
  "Testo.",
  "",
  "<PolicyCycle />",
  "",
  '<ChartTable id="funding-by-case" caption="I quattro casi studio" />',
  "",
  '<Chart id="funding-by-case" />',
  "",
  "## Una sezione",
  "",
  '<Chart id="timeline" />',
  "",
  '<Figure id="altro" />',
].join("\n");

describe("remarkFigureNumbers()", () => {
  test("numbers figures and tables in reading order after the chapter's number, and nothing else", () => {
    expect(numbered(CHAPTER, { number: "2" })).toEqual(["PolicyCycle 2.1", "ChartTable 2.1", "Chart 2.2", "Chart 2.3", "Figure -"]);
  });

  test("counts from 1 in a chapter without a number", () => {
    expect(numbered(CHAPTER)).toEqual(["PolicyCycle 1", "ChartTable 1", "Chart 2", "Chart 3", "Figure -"]);
  });

  test("stops at the element, with its line and column, when a number is typed by hand", () => {
    expect(failure('<Chart id="timeline" number="4" />')).toMatch(/^capitolo\.mdx:1:1-1:35: <Chart> number "4": figure or table number typed by hand; .* Hint: remove the number attribute\./);
    expect(failure('Testo.\n\n<ChartTable id="funding-by-case" caption="Tabella 1. I casi" />')).toMatch(
      /^capitolo\.mdx:3:1-3:64: <ChartTable> caption "Tabella 1\. I casi": figure or table number typed by hand; .* Hint: write the caption without/,
    );
  });
});
