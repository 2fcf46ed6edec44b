import { describe, expect, test } from "vitest";
import { decodePng, inkAtEdges, inkRatio, pngSize } from "./png.ts";
import { rasterize } from "./rasterize.ts";

const square = (fill: string, inset = 0) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20"><rect x="${inset}" y="${inset}" width="${40 - 2 * inset}" height="${20 - 2 * inset}" fill="${fill}"/></svg>`;

describe("pngSize(png)", () => {
  test("reads width and height from the IHDR chunk", () => {
    const png = rasterize(square("#ff0000"), 80);
    expect(pngSize(png)).toMatchObject({ width: 80, height: 40, bitDepth: 8 });
  });

  test("throws for bytes that are not a PNG", () => {
    expect(() => pngSize(Buffer.from("GIF89a-not-a-png-at-all-but-long-enough"))).toThrow(/not a PNG/);
  });
});

describe("decodePng(png)", () => {
  test("returns the pixels resvg drew", () => {
    const img = decodePng(rasterize(square("#0072B2"), 40));
    expect(img.width).toBe(40);
    const [r, g, b] = img.data.subarray(0, 3);
    expect([r, g, b]).toEqual([0x00, 0x72, 0xb2]);
  });
});

describe("inkRatio(img) and inkAtEdges(img, margin)", () => {
  test("a blank image has no ink; a drawing has ink, at the edges only if it reaches them", () => {
    const blank = decodePng(rasterize('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"/>', 40));
    expect(inkRatio(blank)).toBe(0);
    const inset = decodePng(rasterize(`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect x="10" y="5" width="20" height="10" fill="#000"/></svg>`, 40));
    expect(inkRatio(inset)).toBeCloseTo(0.25, 2);
    expect(inkAtEdges(inset, 4)).toBe(0);
    const full = decodePng(rasterize(`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect x="0" y="5" width="40" height="10" fill="#000"/></svg>`, 40));
    expect(inkAtEdges(full, 4)).toBeGreaterThan(0);
  });
});
