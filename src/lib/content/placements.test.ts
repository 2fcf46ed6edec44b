import { expect, test } from "vitest";
import { chartPlacements } from "./placements.ts";

test("chartPlacements(chapters) places a chart in the first chapter, in reading order, that shows it", () => {
  const placed = chartPlacements([
    { slug: "b", order: 2, body: '<Chart id="x" />\n<Chart id="y" />' },
    { slug: "a", order: 1, body: "testo <Chart id='y' />" },
    { slug: "c", order: 3, body: '<ChartTable id="z" caption="t" />' },
  ]);
  expect(Object.fromEntries(placed)).toEqual({ x: "b", y: "a" });
});
