import { describe, expect, test } from "vitest";
import { estimateTextWidth } from "../format/text-width.ts";
import { placeSegmentLabels, type Segment } from "./segment-labels.ts";

const options = { fontSize: 10, padding: 4, gap: 8, min: 0, max: 600 };
const width = (text: string) => estimateTextWidth(text, options.fontSize);

describe("placeSegmentLabels(segments, options)", () => {
  test("puts a label inside its segment, centred, when the text and its padding fit", () => {
    const [wide] = placeSegmentLabels([{ start: 0, end: 100, text: "13,6%" }], options);
    expect(wide).toEqual({ text: "13,6%", inside: true, x: 50, anchor: 50 });
    // 5 characters at 10 px: 28 px of text plus 4 px at each end.
    expect(placeSegmentLabels([{ start: 0, end: 36, text: "13,6%" }], options)[0]!.inside).toBe(true);
    expect(placeSegmentLabels([{ start: 0, end: 35, text: "13,6%" }], options)[0]!.inside).toBe(false);
  });

  test("moves the labels of narrow neighbours apart above the bar, each still pointing at its segment", () => {
    const segments: Segment[] = [
      { start: 0, end: 80, text: "13,6%" },
      { start: 80, end: 102, text: "3,7%" },
      { start: 102, end: 122, text: "3,4%" },
      { start: 122, end: 141, text: "3,1%" },
      { start: 141, end: 600, text: "circa 76,3%" },
    ];
    const labels = placeSegmentLabels(segments, options);
    expect(labels.map((l) => l.inside)).toEqual([true, false, false, false, true]);
    const above = labels.filter((l) => !l.inside);
    expect(above.map((l) => l.anchor)).toEqual([91, 112, 131.5]);
    for (const [a, b] of [above.slice(0, 2), above.slice(1, 3)] as const) {
      expect(b!.x - width(b!.text) / 2 - (a!.x + width(a!.text) / 2)).toBeGreaterThanOrEqual(options.gap - 1e-9);
    }
  });

  test("keeps labels above the bar within its ends", () => {
    const segments: Segment[] = [
      { start: 0, end: 5, text: "0,8%" },
      { start: 5, end: 10, text: "0,8%" },
      { start: 10, end: 600, text: "98,4%" },
    ];
    const [first, second] = placeSegmentLabels(segments, options);
    expect(first!.x - width(first!.text) / 2).toBeCloseTo(0);
    expect(second!.x).toBeGreaterThan(first!.x);
  });
});
