import { readFileSync } from "node:fs";
import { compile } from "@mdx-js/mdx";
import { VFile } from "vfile";
import { describe, expect, test } from "vitest";
import remarkChartIds from "./remark-chart-ids.ts";

const ids: ReadonlySet<string> = new Set(["funding-by-case", "timeline"]);

/** Compiles fixture `name` as @astrojs/mdx does, with remarkChartIds; resolves to the error text, or "ok". */
async function compileFixture(name: string): Promise<string> {
  const path = `__fixtures__/${name}`;
  const file = new VFile({ path, value: readFileSync(new URL(path, import.meta.url), "utf8") });
  try {
    await compile(file, { remarkPlugins: [[remarkChartIds, { ids }]] });
    return "ok";
  } catch (error) {
    return String(error);
  }
}

describe("remarkChartIds({ ids })", () => {
  test("accepts declared ids, in a block or inline, and ignores other components", async () => {
    expect(await compileFixture("chart-known-ids.mdx")).toBe("ok");
  });

  test("fails on an unknown <Chart id> at the element's line:column, listing the declared ids", async () => {
    expect(await compileFixture("chart-unknown-id.mdx")).toMatchInlineSnapshot(
      `"__fixtures__/chart-unknown-id.mdx:5:1-5:32: Unknown chart id "funding-by-cases"; expected one of: funding-by-case, timeline. Hint: declare the chart in src/lib/charts/ (npm run new:chart) or correct the id."`,
    );
  });

  test("fails on an id written as an expression, which cannot be checked", async () => {
    expect(await compileFixture("chart-id-expression.mdx")).toMatchInlineSnapshot(
      `"__fixtures__/chart-id-expression.mdx:3:1-3:33: <Chart> needs an id written as a plain string, e.g. <Chart id="funding-by-case" />"`,
    );
  });
});
