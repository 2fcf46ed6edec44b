/**
 * Network panels (src/lib/network/network-svg.ts) size their actor labels for
 * the page, about 11 px. On a slide a panel may be drawn smaller or larger than
 * that, so the labels are resized here to a legible size on the slide; when
 * that makes them too big for the panel, only the lead body keeps its label
 * (the others stay identifiable by colour, and by name on the page).
 */

export interface LabelOptions {
  /** Slide px per panel unit. */
  scale: number;
  /** Smallest label size on the slide, in px. */
  minPx: number;
  /** Labels grown beyond this factor keep the lead body's only. */
  crowdedAt?: number;
}

const num = (v: number): string => String(Math.round(v * 10) / 10 + 0);

/** Returns the SVG with readable labels; any SVG that is not a network panel is returned unchanged. */
export function legibleNetworkLabels(svg: string, { scale, minPx, crowdedAt = 1.4 }: LabelOptions): string {
  const group = /<g class="labels" font-size="([\d.]+)"([^>]*?) stroke-width="([\d.]+)"/.exec(svg);
  if (!group || !/class="network"/.test(svg)) return svg;
  const size = Number(group[1]);
  const target = Math.max(size, minPx / scale);
  if (target === size) return svg;
  const grow = target / size;
  const leadsOnly = grow > crowdedAt;
  const nodes = new Map<string, { y: number; lead: boolean }>();
  for (const m of svg.matchAll(/<g class="node([^"]*)" data-id="([^"]*)"[\s\S]*?<circle cx="[\d.-]+" cy="([\d.-]+)"/g)) {
    nodes.set(m[2]!, { y: Number(m[3]), lead: / lead\b/.test(m[1]!) });
  }
  let out = svg.replace(group[0], `<g class="labels" font-size="${num(target)}"${group[2]} stroke-width="${num(Number(group[3]) * grow)}"`);
  out = out.replace(/<text class="label[^"]*" data-id="([^"]*)" x="([\d.-]+)" y="([\d.-]+)"[^>]*>[^<]*<\/text>\n?/g, (text, id: string, _x, y: string) => {
    const node = nodes.get(id);
    if (leadsOnly && !node?.lead) return "";
    // A label set below its node moves down by the extra size, so it does not cover the node.
    if (node && Number(y) > node.y) return text.replace(` y="${y}"`, ` y="${num(Number(y) + target - size)}"`);
    return text;
  });
  return out;
}
