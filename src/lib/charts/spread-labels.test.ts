import { expect, test } from "vitest";
import { spreadLabels } from "./spread-labels.ts";

test("labels far enough apart stay where they are", () => {
  expect(spreadLabels([1, 5, 10], 2)).toEqual([1, 5, 10]);
});

test("two labels too close move apart symmetrically, keeping their order", () => {
  expect(spreadLabels([5, 4], 2)).toEqual([5.5, 3.5]);
});

test("a chain of collisions becomes one evenly spaced group around its mean", () => {
  const out = spreadLabels([11, 10, 4, 5], 1.5);
  // 10 and 11 → 9.75 and 11.25; 4 and 5 → 3.75 and 5.25
  expect(out).toEqual([11.25, 9.75, 3.75, 5.25]);
  const sorted = [...out].sort((a, b) => a - b);
  for (let k = 1; k < sorted.length; k++) expect(sorted[k]! - sorted[k - 1]!).toBeGreaterThanOrEqual(1.5 - 1e-9);
});

test("equal values are spread in input order, and merging groups cascades", () => {
  expect(spreadLabels([3, 3, 3], 1)).toEqual([2, 3, 4]);
  const out = spreadLabels([0, 1, 2, 3], 1.5);
  const sorted = [...out].sort((a, b) => a - b);
  for (let k = 1; k < sorted.length; k++) expect(sorted[k]! - sorted[k - 1]!).toBeCloseTo(1.5);
  expect(out.reduce((t, v) => t + v, 0) / 4).toBeCloseTo(1.5);
});
