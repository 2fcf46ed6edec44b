/**
 * Network panels (src/lib/network/network-svg.ts) size their labels for the
 * page, 11 to 12 px. On a slide a panel may be drawn smaller or larger than
 * that, so the labels are resized here to a legible size on the slide, and
 * moved so that they keep their place beside, above or below their circle.
 */
import type { LabelPlace } from "../network/network-svg.ts";

export interface LabelOptions {
  /** Slide px per panel unit. */
  scale: number;
  /** Smallest label size on the slide, in px. */
  minPx: number;
}

const num = (v: number): string => String(Math.round(v * 10) / 10 + 0);

/**
 * How far the baseline of a label moves, per unit of extra font size, for it to
 * keep its place around the node (see numberSpots and placeName): text beside
 * the node stays centred on it, text below moves down, text above stays put.
 */
const SHIFT: Record<LabelPlace, number> = { r: 0.35, l: 0.35, a: 0, ar: 0, al: 0, b: 0.8, br: 0.8, bl: 0.8 };

/** Returns the SVG with readable labels; any SVG that is not a network panel is returned unchanged. */
export function legibleNetworkLabels(svg: string, { scale, minPx }: LabelOptions): string {
  const group = /<g class="labels" font-size="([\d.]+)"([^>]*?) stroke-width="([\d.]+)"/.exec(svg);
  if (!group || !/class="network"/.test(svg)) return svg;
  const size = Number(group[1]);
  const target = Math.max(size, minPx / scale);
  if (target === size) return svg;
  const grow = target / size;
  let out = svg.replace(group[0], `<g class="labels" font-size="${num(target)}"${group[2]} stroke-width="${num(Number(group[3]) * grow)}"`);
  out = out.replace(
    /<text class="label[^"]*" data-id="[^"]*" data-place="([a-z]+)" x="[\d.-]+" y="([\d.-]+)"[^>]*>[^<]*<\/text>/g,
    (text, place: string, y: string) => {
      const dy = (SHIFT[place as LabelPlace] ?? 0) * (target - size);
      return dy ? text.replace(` y="${y}"`, ` y="${num(Number(y) + dy)}"`) : text;
    },
  );
  return out;
}
