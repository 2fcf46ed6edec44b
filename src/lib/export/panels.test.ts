import { describe, expect, test } from "vitest";
import { layoutPanels, panelGroups } from "./panels.ts";

const area = { x: 80, y: 300, width: 1760, height: 640 };
const inside = (b: { x: number; y: number; width: number; height: number }) =>
  b.x >= area.x - 0.01 && b.y >= area.y - 0.01 && b.x + b.width <= area.x + area.width + 0.01 && b.y + b.height <= area.y + area.height + 0.01;

const waves = ["1ª rilevazione (avvio)", "2ª rilevazione (attuazione)", "3ª rilevazione (dopo la conclusione)"];
const cases = ["Alessandria", "Borgomanero", "Alba", "Pianezza"];

describe("panelGroups(labels)", () => {
  test("recognises small multiples labelled 'Group · Part' with the same parts in each group", () => {
    const groups = panelGroups(cases.flatMap((c) => waves.map((w) => `${c} · ${w}`)));
    expect(groups?.map((g) => g.name)).toEqual(cases);
    expect(groups?.[2]?.parts).toEqual(waves);
  });

  test("returns undefined for plain panels or groups with different parts", () => {
    expect(panelGroups(waves)).toBeUndefined();
    expect(panelGroups(["A · 1", "A · 2", "B · 1", "B · 3"])).toBeUndefined();
  });
});

describe("layoutPanels(panels, area)", () => {
  test("a single panel fills the area's width or height, centred, with no label", () => {
    const out = layoutPanels([{ width: 320, height: 240 }], area);
    expect(out.labels).toEqual([]);
    const { box } = out.placements[0]!;
    expect(inside(box)).toBe(true);
    expect(Math.max(box.width / area.width, box.height / area.height)).toBeCloseTo(1, 3);
  });

  test("three panels of a network sit side by side with their labels above", () => {
    const out = layoutPanels(waves.map((label) => ({ width: 320, height: 260, label })), area);
    const ys = out.placements.map((p) => p.box.y);
    expect(new Set(ys).size).toBe(1);
    expect(out.placements.every((p) => inside(p.box))).toBe(true);
    expect(out.labels.filter((l) => l.weight === 600).length).toBeGreaterThanOrEqual(3);
    expect(out.placements[0]!.scale).toBeGreaterThan(1.5);
  });

  test("twelve panels of four cases × three waves keep each case's waves in a row, two cases side by side", () => {
    const panels = cases.flatMap((c) => waves.map((w) => ({ width: 320, height: 240, label: `${c} · ${w}` })));
    const out = layoutPanels(panels, area);
    expect(out.placements).toHaveLength(12);
    expect(out.placements.every((p) => inside(p.box))).toBe(true);
    const rowOf = (i: number) => out.placements[i]!.box.y;
    // Alessandria's three waves share a row, Borgomanero sits beside it, Alba below.
    expect(rowOf(1)).toBe(rowOf(0));
    expect(rowOf(3)).toBe(rowOf(0));
    expect(rowOf(6)).toBeGreaterThan(rowOf(0));
    expect(out.labels.filter((l) => l.weight === 700).map((l) => l.text)).toEqual(cases);
    // Much larger than a plain 3-column grid of twelve would allow (about 0.55).
    expect(out.placements[0]!.scale).toBeGreaterThan(0.65);
  });
});
