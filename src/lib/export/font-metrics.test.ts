import { describe, expect, test } from "vitest";
import { exportFontFile } from "./fonts.ts";
import { readFontMetrics, textWidth } from "./font-metrics.ts";

describe("readFontMetrics(file)", () => {
  test("reads units per em and advance widths from the TTF of the npm package", () => {
    const m = readFontMetrics(exportFontFile(400));
    expect(m.unitsPerEm).toBe(1000);
    // A wide and a narrow glyph: W is several times wider than i.
    expect(m.advance("W".codePointAt(0)!)).toBeGreaterThan(3 * m.advance("i".codePointAt(0)!));
  });

  test("throws naming the file when it is not a TrueType font", () => {
    expect(() => readFontMetrics(new URL(import.meta.url).pathname)).toThrow(/font-metrics\.test\.ts/);
  });
});

describe("textWidth(text, size, weight)", () => {
  test("grows with the text and the size, and bold is wider than regular", () => {
    expect(textWidth("Comune", 26)).toBeGreaterThan(80);
    expect(textWidth("Comune", 26)).toBeLessThan(110);
    expect(textWidth("Comune e altro", 26)).toBeGreaterThan(textWidth("Comune", 26));
    expect(textWidth("Comune", 52)).toBeCloseTo(2 * textWidth("Comune", 26), 6);
    expect(textWidth("Comune", 26, 700)).toBeGreaterThan(textWidth("Comune", 26, 400));
  });

  test("measures accented letters and the euro sign (Italian text) with real glyphs", () => {
    expect(textWidth("à", 20)).toBeCloseTo(textWidth("a", 20), 0);
    expect(textWidth("€", 20)).toBeGreaterThan(5);
  });
});
