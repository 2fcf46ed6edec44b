/**
 * Renders one wave of a case-study network as a self-contained SVG string
 * (built at build time, no DOM). The page shows three of these side by side;
 * a client script adds interactivity through the data-* attributes emitted here.
 */
import { escapeXml } from "../format/escape.ts";
import { estimateTextWidth } from "../format/text-width.ts";
import { formatNumber } from "../format/number.ts";
import { compareIds, waveGraph } from "./graph.ts";
import { nodeRadius } from "./node-radius.ts";
import type { NetworkNode, NetworkTie, Point, Wave } from "./types.ts";

/** Everything needed to draw one wave. `id` must be unique on the page: element ids derive from it. */
export interface NetworkSvgInput {
  id: string;
  title: string;
  nodes: readonly NetworkNode[];
  ties: readonly NetworkTie[];
  /** Fixed positions for every node (normally from layoutNetwork on all waves). */
  positions: ReadonlyMap<string, Point>;
  wave: Wave;
  width: number;
  height: number;
  typeColor: (type: string) => string;
  typeLabel: (type: string) => string;
  /** E.g. "Rilevazione 1 (avvio)"; appended to the title. */
  waveLabel: string;
  /**
   * Each actor's number in the list of actors the figure prints beside the drawing.
   * Given, every actor present in the wave is marked with its number; not given,
   * only the lead body is named (small multiples, where numbers would crowd).
   */
  numbers?: ReadonlyMap<string, number> | undefined;
}

/** Visible names are cut to this many characters; the tooltip keeps the full name. */
const MAX_LABEL_CHARS = 30;
/**
 * Names are drawn at 11 units per 320 of width, numbers at 12; a page may draw
 * them larger (src/styles/chart.css sets 15 units in narrow side-by-side panels),
 * so labels are placed to fit at 15/11 of their size, enough for both.
 */
export const LABEL_MAX_SCALE = 15 / 11;

/** Number → attribute text, one decimal at most, never "-0" and never locale-formatted. */
const num = (v: number): string => String(Math.round(v * 10) / 10 + 0);

/** Italian count of ties for the tooltip. */
function tiesText(degree: number): string {
  if (degree === 0) return "nessun legame in questa rilevazione";
  if (degree === 1) return "1 legame in questa rilevazione";
  return `${formatNumber(degree, 0)} legami in questa rilevazione`;
}

/** The start of a long name, cut after a whole word where one ends near the limit: "Consorzio capofila dell'ambito…". */
function truncate(label: string): string {
  const chars = Array.from(label); // code points, so an emoji or accented letter is never split
  if (chars.length <= MAX_LABEL_CHARS) return label;
  const head = chars.slice(0, MAX_LABEL_CHARS).join("");
  const word = head.lastIndexOf(" ");
  const cut = word >= MAX_LABEL_CHARS / 2 ? head.slice(0, word) : chars.slice(0, MAX_LABEL_CHARS - 1).join("");
  return `${cut.replace(/[\s,;:.'’-]+$/, "")}…`;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const overlapArea = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** Where a label sits around its node: right, left, above, below, or at a corner. */
export type LabelPlace = "r" | "l" | "a" | "b" | "ar" | "al" | "br" | "bl";

interface Placed {
  anchor: "start" | "middle" | "end";
  x: number;
  y: number;
  place: LabelPlace;
  /** What the label covers when drawn at its largest size (LABEL_MAX_SCALE). */
  box: Box;
}

/**
 * A name under its node: centred when it fits there; otherwise running inwards
 * from the node, so long names stay within the drawing. Below the node, unless
 * that would run off the bottom.
 */
function placeName(p: Point, r: number, text: string, fontSize: number, width: number, height: number): Placed {
  const size = fontSize * LABEL_MAX_SCALE;
  const textWidth = estimateTextWidth(text, size);
  const [anchor, x] =
    p.x - textWidth / 2 >= 2 && p.x + textWidth / 2 <= width - 2
      ? (["middle", p.x] as const)
      : p.x < width / 2
        ? (["start", Math.max(2, p.x - r)] as const)
        : (["end", Math.min(width - 2, p.x + r)] as const);
  const below = p.y + r + fontSize;
  const isBelow = below <= height - 2;
  const y = isBelow ? below : p.y - r - 3;
  const left = anchor === "middle" ? x - textWidth / 2 : anchor === "start" ? x : x - textWidth;
  const box: Box = { left, right: left + textWidth, top: y - 0.8 * size, bottom: y + 0.2 * size };
  return { anchor, x, y, place: isBelow ? "b" : "a", box };
}

/**
 * The positions tried for a short label (an actor's number) around its node,
 * in order of preference: beside it, then above or below, then at a corner.
 */
function numberSpots(p: Point, r: number, text: string, fontSize: number): Placed[] {
  const size = fontSize * LABEL_MAX_SCALE;
  const w = estimateTextWidth(text, size);
  const gap = 1.5;
  const d = r * 0.75 + gap; // corners: just off the circle's diagonal
  const beside = (place: "r" | "l", x: number): Placed => ({
    anchor: place === "r" ? "start" : "end",
    x,
    y: p.y + 0.35 * fontSize,
    place,
    box: { left: place === "r" ? x : x - w, right: place === "r" ? x + w : x, top: p.y + 0.35 * fontSize - 0.8 * size, bottom: p.y + 0.35 * fontSize + 0.2 * size },
  });
  const upDown = (place: "a" | "b"): Placed => {
    // Below: the top of the digits clears the circle even at their largest size.
    const y = place === "a" ? p.y - r - gap : p.y + r + gap + 0.8 * size;
    return { anchor: "middle", x: p.x, y, place, box: { left: p.x - w / 2, right: p.x + w / 2, top: y - 0.8 * size, bottom: y + 0.2 * size } };
  };
  const corner = (place: "ar" | "al" | "br" | "bl"): Placed => {
    const right = place.endsWith("r");
    const x = right ? p.x + d : p.x - d;
    const y = place.startsWith("a") ? p.y - d : p.y + d + 0.8 * size;
    return {
      anchor: right ? "start" : "end",
      x,
      y,
      place,
      box: { left: right ? x : x - w, right: right ? x + w : x, top: y - 0.8 * size, bottom: y + 0.2 * size },
    };
  };
  return [beside("r", p.x + r + gap), beside("l", p.x - r - gap), upDown("a"), upDown("b"), corner("ar"), corner("al"), corner("br"), corner("bl")];
}

/**
 * The first spot for a number that stays in the drawing and covers nothing in
 * `taken` (other actors' circles, labels already placed: never the actor's own
 * circle, which every spot but those beside it touches); when every spot covers
 * something, the one that covers least.
 */
function placeNumber(p: Point, r: number, text: string, fontSize: number, width: number, height: number, taken: readonly Box[]): Placed {
  const spots = numberSpots(p, r, text, fontSize);
  const inside = spots.filter((s) => s.box.left >= 1 && s.box.right <= width - 1 && s.box.top >= 1 && s.box.bottom <= height - 1);
  const candidates = inside.length ? inside : spots;
  const covered = (s: Placed) => taken.reduce((sum, t) => sum + overlapArea(s.box, t), 0);
  return candidates.find((s) => !taken.some((t) => overlaps(t, s.box))) ?? candidates.reduce((best, s) => (covered(s) < covered(best) ? s : best));
}

/**
 * Builds the `<svg>` for one wave: all nodes of the union at their fixed
 * positions (those without ties in this wave faded, class `absent`), this
 * wave's distinct ties (inferred ones dashed, class `inferred`), tooltips and
 * labels: with `numbers`, every actor present in the wave is marked with its
 * number (the figure lists the numbers with the names); without, only the lead
 * body is named. Every data string is escaped; output is deterministic.
 * Throws if a node has no position or a tie names an unknown node.
 */
export function renderNetworkSvg(input: NetworkSvgInput): string {
  const { id, title, nodes, ties, positions, wave, width, height, typeColor, typeLabel, waveLabel, numbers } = input;
  const { edges, degree } = waveGraph(nodes, ties, wave);
  const sorted = [...nodes].sort((a, b) => compareIds(a.id, b.id));
  const at = (nodeId: string): Point => {
    const p = positions.get(nodeId);
    if (!p) throw new Error(`network: no position for node "${nodeId}"`);
    return p;
  };
  const numberOf = (n: NetworkNode): number | undefined => {
    if (!numbers) return undefined;
    const k = numbers.get(n.id);
    if (k === undefined) throw new Error(`network: no number for node "${n.id}"`);
    return k;
  };
  const titleId = escapeXml(`${id}-w${wave}-title`);
  // Scaled with the viewBox so text renders at ~11 px when the chart is shown ~320 px wide
  // (numbers a little larger: they are short, and the reader looks them up in the list).
  const fontSize = ((numbers ? 12 : 11) * width) / 320;
  const out: string[] = [];

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" class="network" role="img" aria-labelledby="${titleId}" data-wave="${wave}">`,
    `<title id="${titleId}">${escapeXml(`${title} — ${waveLabel}`)}</title>`,
  );

  out.push(`<g class="ties" stroke="currentColor" stroke-opacity="0.45" stroke-width="1.2">`);
  for (const e of edges) {
    const p = at(e.a);
    const q = at(e.b);
    const dashed = e.inferred ? ` stroke-dasharray="3 2"` : "";
    out.push(
      `<line class="tie${e.inferred ? " inferred" : ""}" x1="${num(p.x)}" y1="${num(p.y)}" x2="${num(q.x)}" y2="${num(q.y)}" data-from="${escapeXml(e.a)}" data-to="${escapeXml(e.b)}" data-wave="${wave}"${dashed}/>`,
    );
  }
  out.push(`</g>`);

  out.push(`<g class="nodes">`);
  for (const n of sorted) {
    const p = at(n.id);
    const d = degree.get(n.id) ?? 0;
    const classes = ["node", ...(n.isLead ? ["lead"] : []), ...(d === 0 ? ["absent"] : []), ...(n.inferred ? ["inferred"] : [])].join(" ");
    // Faded, not hidden: keeping absent actors visible keeps the three waves comparable.
    const fade = d === 0 ? ` opacity="0.25"` : "";
    // The lead body gets a thick ring so it can be found in every wave regardless of its colour.
    // An actor deduced from the text has a dashed outline, like an inferred tie.
    const ring = n.isLead
      ? `stroke="currentColor" stroke-width="2.5"${n.inferred ? ` stroke-dasharray="3 2"` : ""}`
      : n.inferred
        ? `stroke="currentColor" stroke-width="1.2" stroke-dasharray="2 1.5"`
        : `stroke="currentColor" stroke-width="0.75" stroke-opacity="0.5"`;
    const k = numberOf(n);
    const name = k === undefined ? n.label : `${k}. ${n.label}`;
    const tooltip = [name, typeLabel(n.type), ...(n.inferred ? ["attore dedotto dal testo"] : []), tiesText(d)].join("\n");
    out.push(
      `<g class="${classes}" data-id="${escapeXml(n.id)}" data-type="${escapeXml(n.type)}" data-type-label="${escapeXml(typeLabel(n.type))}" data-degree="${d}"${k === undefined ? "" : ` data-number="${k}"`}${fade}>` +
        `<title>${escapeXml(tooltip)}</title>` +
        `<circle cx="${num(p.x)}" cy="${num(p.y)}" r="${num(nodeRadius(d))}" fill="${escapeXml(typeColor(n.type))}" ${ring}/>` +
        `</g>`,
    );
  }
  out.push(`</g>`);

  // Labels are drawn last so no circle covers them. The halo is the theme background
  // (var(--bg): set by the page in both schemes, resolved to a colour in exports).
  out.push(
    `<g class="labels" font-size="${num(fontSize)}"${numbers ? ` font-weight="600"` : ""} fill="currentColor" stroke="var(--bg)" stroke-width="3" stroke-linejoin="round" paint-order="stroke" aria-hidden="true">`,
  );
  const present = sorted.filter((n) => (degree.get(n.id) ?? 0) > 0);
  const circleBox = (n: NetworkNode): Box => {
    const p = at(n.id);
    const r = nodeRadius(degree.get(n.id) ?? 0);
    return { left: p.x - r, right: p.x + r, top: p.y - r, bottom: p.y + r };
  };
  const text = (n: NetworkNode, label: string, spot: Placed, faded: boolean) =>
    `<text class="label${numbers ? " num" : ""}${faded ? " absent" : ""}" data-id="${escapeXml(n.id)}" data-place="${spot.place}" x="${num(spot.x)}" y="${num(spot.y)}" text-anchor="${spot.anchor}"${faded ? ` opacity="0.25"` : ""}>${escapeXml(label)}</text>`;
  if (numbers) {
    // Every actor present in the wave gets its number, beside its circle where nothing
    // else is. Numbers are placed in their own order, so a drawing reads the same every time.
    const taken = present.map((n) => ({ id: n.id, box: circleBox(n) }));
    const byNumber = [...present].sort((a, b) => numberOf(a)! - numberOf(b)!);
    for (const n of byNumber) {
      const label = String(numberOf(n));
      const others = taken.filter((t) => t.id !== n.id).map((t) => t.box);
      const spot = placeNumber(at(n.id), nodeRadius(degree.get(n.id) ?? 0), label, fontSize, width, height, others);
      taken.push({ id: `${n.id} number`, box: spot.box });
      out.push(text(n, label, spot, false));
    }
  } else {
    // Only the lead body is named: in small multiples every other name would crowd the panel.
    for (const n of sorted.filter((m) => m.isLead)) {
      const d = degree.get(n.id) ?? 0;
      out.push(text(n, truncate(n.label), placeName(at(n.id), nodeRadius(d), truncate(n.label), fontSize, width, height), d === 0));
    }
  }
  out.push(`</g>`, `</svg>`);
  return out.join("\n");
}
