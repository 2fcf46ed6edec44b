import { describe, expect, test } from "vitest";
import { textWidth } from "./font-metrics.ts";
import { finishSlide, place, resolveSystemColors, SLIDE, slideFrame, slideSvg, svgSize, wrap } from "./slide.ts";

describe("wrap(text, size, maxWidth, maxLines)", () => {
  test("breaks between words so that every line fits the width", () => {
    const lines = wrap("Rete ricostruita dal sito a partire dalle descrizioni dei casi nel rapporto di valutazione", 30, 400, 5);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 30)).toBeLessThanOrEqual(400);
    expect(lines.join(" ")).toBe("Rete ricostruita dal sito a partire dalle descrizioni dei casi nel rapporto di valutazione");
  });

  test("ends the last allowed line with an ellipsis when the text is longer", () => {
    const lines = wrap("uno due tre quattro cinque sei sette otto nove dieci undici dodici", 30, 200, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(textWidth(lines[1]!, 30)).toBeLessThanOrEqual(200);
  });
});

describe("svgSize(svg)", () => {
  test("reads the viewBox, or else width and height", () => {
    expect(svgSize('<svg viewBox="0 0 640 366.4" width="10" height="10"></svg>')).toEqual({ width: 640, height: 366.4 });
    expect(svgSize('<svg width="320" height="240"></svg>')).toEqual({ width: 320, height: 240 });
  });

  test("throws, quoting the tag, when an SVG has neither", () => {
    expect(() => svgSize('<svg class="x"></svg>')).toThrow(/no viewBox or width\/height: <svg class="x">/);
  });
});

describe("place(svg, box)", () => {
  const plot = '<svg viewBox="0 0 640 200" width="640" height="200" text-anchor="middle" font-size="12" font-family="system-ui, sans-serif" fill="currentColor" class="plot-x"><title>t</title><text>1</text></svg>';

  test("keeps the inherited attributes of the chart's root: Plot's tick labels stay centred and sized", () => {
    const out = place(plot, { x: 80, y: 300, width: 1760, height: 550 });
    expect(out).toMatch(/^<svg x="80" y="300" width="1760" height="550" viewBox="0 0 640 200"/);
    expect(out).toContain('text-anchor="middle"');
    expect(out).toContain('font-size="12"');
    expect(out).toContain('fill="currentColor"');
    expect(out).not.toContain("class=");
  });

  test("drops <title> tooltips, which only make sense on the page", () => {
    expect(place(plot, { x: 0, y: 0, width: 640, height: 200 })).not.toContain("<title>");
  });
});

describe("resolveSystemColors(svg, theme)", () => {
  test("turns the CSS system colours Canvas and CanvasText, unknown to resvg, into the theme's", () => {
    expect(resolveSystemColors('<g stroke="Canvas" fill="CanvasText"/>', { bg: "#fff", fg: "#111" })).toBe('<g stroke="#fff" fill="#111"/>');
  });
});

describe("slideFrame(text) and finishSlide(parts)", () => {
  test("leave a chart area between the header and the footer, inside the slide", () => {
    const { area } = slideFrame({ title: "Titolo", subtitle: "Sottotitolo", source: "Fonte: prova.", legend: [{ label: "A", color: "var(--c1)" }] });
    expect(area.x).toBeGreaterThanOrEqual(0);
    expect(area.y).toBeGreaterThan(150);
    expect(area.y + area.height).toBeLessThan(SLIDE.height - 60);
    expect(area.width).toBeLessThanOrEqual(SLIDE.width);
  });

  test("give a standalone SVG: no CSS variables, currentColor or system colours, the export font quoted", () => {
    const svg = finishSlide(['<text fill="currentColor" stroke="Canvas">x</text>', '<rect fill="var(--c1)"/>']);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1920" height="1080"/);
    expect(svg).not.toMatch(/var\(--|currentColor|"Canvas"/);
    expect(svg).toContain(`font-family="'Source Sans 3', sans-serif"`);
  });

  test("slideSvg(text) centres a title slide's text vertically", () => {
    const svg = slideSvg({ title: "Un titolo", subtitle: "Un sottotitolo", kicker: "Sopra" });
    expect(svg).toMatch(/<g transform="translate\(0 [1-9]\d+(\.\d)?\)">/);
  });
});
