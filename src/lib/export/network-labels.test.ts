import { describe, expect, test } from "vitest";
import { legibleNetworkLabels } from "./network-labels.ts";
import { renderNetworkSvg } from "../network/network-svg.ts";
import type { NetworkNode, NetworkTie } from "../network/types.ts";

const nodes: NetworkNode[] = [
  { id: "lead", label: "Consorzio capofila", type: "ente-gestore", isLead: true },
  { id: "a", label: "Comune di Prova", type: "comune", isLead: false },
  { id: "b", label: "Cooperativa sociale", type: "terzo-settore", isLead: false },
];
const ties: NetworkTie[] = [
  { from: "lead", to: "a", wave: 1, inferred: false },
  { from: "lead", to: "b", wave: 1, inferred: true },
];
/** A numbered wave-1 panel of 320×240 with these actors at these places (numbers in the order given). */
function panel(nodes: NetworkNode[], ties: NetworkTie[], places: [string, number, number][]): string {
  return renderNetworkSvg({
    id: "t",
    title: "Rete di prova",
    nodes,
    ties,
    positions: new Map(places.map(([id, x, y]) => [id, { x, y }])),
    wave: 1,
    width: 320,
    height: 240,
    typeColor: () => "var(--c1)",
    typeLabel: (t) => t,
    waveLabel: "1ª rilevazione",
    numbers: new Map(nodes.map((n, i) => [n.id, i + 1])),
  });
}
const svg = panel(nodes, ties, [
  ["lead", 160, 60],
  ["a", 100, 180],
  ["b", 220, 180],
]);
// Neighbours on both sides of "a" and "d", and one above "d": their numbers go above ("a") and below ("d").
const crowded = panel(
  ["a", "b", "c", "d", "e", "f", "g"].map((id) => ({ id, label: id, type: "comune", isLead: false })),
  [["a", "b"], ["a", "c"], ["a", "e"], ["d", "e"], ["d", "f"], ["b", "f"], ["d", "g"]].map(([from, to]) => ({ from: from!, to: to!, wave: 1 as const, inferred: false })),
  [
    ["a", 160, 120],
    ["b", 180, 120],
    ["c", 140, 120],
    ["d", 160, 200],
    ["e", 140, 200],
    ["f", 180, 200],
    ["g", 160, 176],
  ],
);
const labelSize = (s: string) => Number(/<g class="labels" font-size="([\d.]+)"/.exec(s)?.[1]);
const labels = (s: string) => [...s.matchAll(/<text class="label[^"]*" data-id="([^"]+)"/g)].map((m) => m[1]);

describe("legibleNetworkLabels(svg, {scale, minPx})", () => {
  test("leaves labels alone when they are already large enough on the slide", () => {
    expect(legibleNetworkLabels(svg, { scale: 2, minPx: 18 })).toBe(svg);
  });

  test.each([
    ["numbers beside their actors", svg],
    ["numbers above, below or at a corner", crowded],
  ])("enlarges labels to minPx on the slide, keeps every number and keeps each clear of its circle (%s)", (_, input) => {
    const out = legibleNetworkLabels(input, { scale: 0.7, minPx: 18 });
    expect(labelSize(out) * 0.7).toBeCloseTo(18, 0);
    expect(labels(out)).toEqual(labels(input));
    const places = new Set([...out.matchAll(/data-place="([a-z]+)"/g)].map((m) => m[1]));
    if (input === svg) expect(labels(out)).toEqual(["lead", "a", "b"]);
    else expect([...places].sort()).toEqual(["a", "b", "l", "r"]);
    const size = labelSize(out);
    for (const m of out.matchAll(/<text class="label[^"]*" data-id="([^"]+)" data-place="([a-z]+)" x="[\d.]+" y="([\d.]+)"/g)) {
      const [, id, place, y] = m;
      const circle = new RegExp(`data-id="${id}"[^>]*>(?:<title>[^<]*</title>)?<circle cx="[\\d.]+" cy="([\\d.]+)" r="([\\d.]+)"`).exec(out)!;
      const [cy, r] = [Number(circle[1]), Number(circle[2])];
      const [top, bottom] = [Number(y) - 0.8 * size, Number(y) + 0.2 * size];
      // Beside the circle, the number stays centred on it; below, it starts under it; above, it ends over it.
      if (place === "r" || place === "l") expect(Math.abs((top + bottom) / 2 - cy), id).toBeLessThan(0.1 * size);
      if (place!.startsWith("b")) expect(top, id).toBeGreaterThanOrEqual(cy);
      if (place === "b") expect(top, id).toBeGreaterThanOrEqual(cy + r);
      if (place!.startsWith("a")) expect(Number(y), id).toBeLessThanOrEqual(cy);
      if (place === "a") expect(Number(y), id).toBeLessThanOrEqual(cy - r);
    }
  });

  test("returns any other SVG unchanged", () => {
    const plot = '<svg viewBox="0 0 10 10"><text>1</text></svg>';
    expect(legibleNetworkLabels(plot, { scale: 0.5, minPx: 18 })).toBe(plot);
  });
});
