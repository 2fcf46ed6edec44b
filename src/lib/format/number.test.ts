import { describe, expect, test } from "vitest";
import { countWord, formatEuro, formatEuroMillions, formatInteger, formatNumber, formatPercent } from "./number.ts";

describe("formatEuro(value, digits)", () => {
  test.each([
    [867617.14, "867.617,14 €"],
    [0, "0,00 €"],
    [1234.5, "1.234,50 €"],
    [-1234.5, "-1.234,50 €"],
    [6_400_000, "6.400.000,00 €"],
  ])('formatEuro(%s) is %j: dot for thousands, comma and two decimals, then " €"', (value, expected) => {
    expect(formatEuro(value)).toBe(expected);
  });

  test("rounds to `digits` decimals", () => {
    expect(formatEuro(1234.5, 0)).toBe("1.235 €");
  });
});

describe("formatInteger(value)", () => {
  test.each([
    [1234, "1.234"],
    [643111, "643.111"],
    [999, "999"],
    [1234.6, "1.235"],
  ])("formatInteger(%s) is %j, grouping four-digit numbers too", (value, expected) => {
    expect(formatInteger(value)).toBe(expected);
  });
});

describe("formatNumber(value, digits)", () => {
  test("shows at most two decimals by default and drops trailing zeros", () => {
    expect([formatNumber(1234567.891), formatNumber(0.5), formatNumber(2)]).toEqual(["1.234.567,89", "0,5", "2"]);
  });

  test("rounds to `digits` decimals", () => {
    expect(formatNumber(1234.5678, 1)).toBe("1.234,6");
  });
});

describe("formatPercent(share, digits)", () => {
  test.each([
    [0.4213, 1, "42,1%"],
    [1, 1, "100%"],
    [0.005, 1, "0,5%"],
    [0.123456, 2, "12,35%"],
  ])("formatPercent(%s, %s) is %j", (share, digits, expected) => {
    expect(formatPercent(share, digits)).toBe(expected);
  });
});

describe("formatEuroMillions(value, digits)", () => {
  test("writes millions of euro with one decimal by default", () => {
    expect([formatEuroMillions(6_400_000), formatEuroMillions(6_412_345, 2)]).toEqual([
      "6,4 milioni di\u00a0€",
      "6,41 milioni di\u00a0€",
    ]);
  });
});

test("countWord writes small counts as words, larger ones as digits", () => {
  expect([0, 1, 4, 10, 11, 1500].map(countWord)).toEqual(["zero", "uno", "quattro", "dieci", "11", "1.500"]);
});
