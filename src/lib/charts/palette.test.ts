import { describe, expect, test } from "vitest";
import { CATEGORICAL_COUNT, color, inkOn, onColor, resolveColors, THEME_DARK, THEME_LIGHT, themeCss } from "./palette.ts";

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.each([
  ["light", THEME_LIGHT],
  ["dark", THEME_DARK],
])("palette, %s theme", (_, theme) => {
  test("every categorical colour has 3:1 contrast against the background (WCAG 1.4.11)", () => {
    for (let i = 1; i <= CATEGORICAL_COUNT; i++) {
      expect(contrast(theme[`c${i}`]!, theme.bg!), `c${i} ${theme[`c${i}`]}`).toBeGreaterThanOrEqual(3);
    }
  });

  test("text in its ink on every categorical colour (matrix cells, bar segments) has 4.5:1 contrast", () => {
    for (let i = 1; i <= CATEGORICAL_COUNT; i++) {
      expect(contrast(theme[`on-c${i}`]!, theme[`c${i}`]!), `on-c${i} ${theme[`on-c${i}`]}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  test("body text has 7:1 contrast against the background", () => {
    expect(contrast(theme.fg!, theme.bg!)).toBeGreaterThanOrEqual(7);
  });

  test("text on the soft and muted fills has 4.5:1 contrast", () => {
    expect(contrast(theme.fg!, theme["soft-fill"]!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(theme.fg!, theme["muted-fill"]!)).toBeGreaterThanOrEqual(4.5);
  });
});

test("color(i) names the i-th palette variable and wraps, and onColor(i) its ink", () => {
  expect(color(0)).toBe("var(--c1)");
  expect(color(CATEGORICAL_COUNT)).toBe("var(--c1)");
  expect(onColor(1)).toBe("var(--on-c2)");
  expect(onColor(CATEGORICAL_COUNT)).toBe("var(--on-c1)");
});

test("inkOn(fill) picks white on a dark fill and near-black on a light one", () => {
  expect(inkOn("#0072B2")).toBe("#ffffff");
  // White reaches only 3.9:1 on the light theme's vermillion: near-black does better.
  expect(inkOn("#D55E00")).toBe("#0b0d10");
  expect(inkOn("#56B4E9")).toBe("#0b0d10");
});

test("resolveColors(markup) replaces theme variables and currentColor with light-theme colours", () => {
  expect(resolveColors('<rect fill="var(--c2)" stroke="currentColor"/>')).toBe(
    `<rect fill="${THEME_LIGHT.c2}" stroke="${THEME_LIGHT.fg}"/>`,
  );
  expect(resolveColors('<rect fill="var(--unknown)"/>')).toBe('<rect fill="var(--unknown)"/>');
});

test("themeCss(theme) declares every variable", () => {
  expect(themeCss({ c1: "#000", bg: "#fff" })).toBe("--c1:#000;--bg:#fff");
});
