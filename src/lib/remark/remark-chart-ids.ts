import type { Root } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";

export interface RemarkChartIdsOptions {
  /** Ids of every declared chart. */
  ids: ReadonlySet<string>;
}

/**
 * Checks every `<Chart id="…" />` in an MDX chapter names a declared chart, so
 * that a typo stops the build at the chapter's line and column rather than
 * failing later inside a component with no position.
 */
export default function remarkChartIds(options: RemarkChartIdsOptions) {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const el = node as MdxJsxFlowElement;
      if (el.name !== "Chart" && el.name !== "ChartTable") return;
      const attr = el.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "id");
      const id = attr && typeof attr.value === "string" ? attr.value : undefined;
      if (id === undefined) {
        file.fail('<Chart> needs an id written as a plain string, e.g. <Chart id="funding-by-case" />', el, "remark-chart-ids:missing-id");
      }
      if (!options.ids.has(id!)) {
        file.fail(
          `Unknown chart id "${id}"; expected one of: ${[...options.ids].sort().join(", ")}. Hint: declare the chart in src/lib/charts/ (npm run new:chart) or correct the id.`,
          el,
          "remark-chart-ids:unknown-id",
        );
      }
    });
  };
}
