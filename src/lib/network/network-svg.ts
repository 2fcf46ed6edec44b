/**
 * Renders one wave of a case-study network as a self-contained SVG string
 * (built at build time, no DOM). The page shows three of these side by side;
 * a client script adds interactivity through the data-* attributes emitted here.
 */
import { escapeXml } from "../format/escape.ts";
import { estimateTextWidth } from "../format/text-width.ts";
import { formatNumber } from "../format/number.ts";
import { compareIds, waveGraph } from "./graph.ts";
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
}

/** At most this many actors get a visible label; the rest are reachable through tooltips. */
const MAX_LABELS = 4;
/** Visible labels are cut to this many characters; the tooltip keeps the full name. */
const MAX_LABEL_CHARS = 24;
/**
 * Labels are drawn at 11 units per 320 of width; a page may draw them up to this
 * much larger (src/styles/chart.css enlarges them in narrow side-by-side panels),
 * so labels are placed to fit inside the drawing at that size too.
 */
export const LABEL_MAX_SCALE = 15 / 11;

/** Number → attribute text, one decimal at most, never "-0" and never locale-formatted. */
const num = (v: number): string => String(Math.round(v * 10) / 10 + 0);

/** Circle radius: area grows with degree, so hubs stand out without swamping the drawing. */
const radius = (degree: number): number => 4 + 1.5 * Math.sqrt(degree);

/** Italian count of ties for the tooltip. */
function tiesText(degree: number): string {
  if (degree === 0) return "nessun legame in questa rilevazione";
  if (degree === 1) return "1 legame in questa rilevazione";
  return `${formatNumber(degree, 0)} legami in questa rilevazione`;
}

/** The start of a long label: "Cooperative sociali del…". */
function truncate(label: string): string {
  const chars = Array.from(label); // code points, so an emoji or accented letter is never split
  return chars.length <= MAX_LABEL_CHARS ? label : `${chars.slice(0, MAX_LABEL_CHARS - 1).join("")}…`;
}

/** The end of a long label, from a word start: "…Casale Monferrato". */
function truncateStart(label: string): string {
  const chars = Array.from(label);
  const tail = chars.slice(chars.length - (MAX_LABEL_CHARS - 1)).join("");
  const word = tail.search(/(?<=\s)\S/);
  return `…${word > 0 ? tail.slice(word) : tail}`;
}

/**
 * Visible label of every node. Names that would be cut to the same text
 * ("Enti gestori dell'ambit…" four times) keep their distinct ends instead.
 */
function shortLabels(nodes: readonly NetworkNode[]): Map<string, string> {
  const short = new Map(nodes.map((n) => [n.id, truncate(n.label)]));
  const count = new Map<string, number>();
  for (const v of short.values()) count.set(v, (count.get(v) ?? 0) + 1);
  for (const n of nodes) if (count.get(short.get(n.id)!)! > 1 && short.get(n.id) !== n.label) short.set(n.id, truncateStart(n.label));
  return short;
}

/** Candidates for a label, in order: lead bodies, then this wave's actors by falling degree. */
function labelCandidates(sorted: readonly NetworkNode[], degree: ReadonlyMap<string, number>): NetworkNode[] {
  const leads = sorted.filter((n) => n.isLead);
  const hubs = sorted
    .filter((n) => !n.isLead && (degree.get(n.id) ?? 0) > 0)
    .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || compareIds(a.id, b.id));
  return [...leads, ...hubs];
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where the label `text` of a node at `p` with radius `r` goes, and the box it
 * covers when drawn at its largest size (LABEL_MAX_SCALE). Centred under the node
 * when it fits there; otherwise running inwards from the node, so long names stay
 * within the drawing. Below the node, unless that would run off the bottom.
 */
function placeLabel(p: Point, r: number, text: string, fontSize: number, width: number, height: number) {
  const size = fontSize * LABEL_MAX_SCALE;
  const textWidth = estimateTextWidth(text, size);
  const [anchor, x] =
    p.x - textWidth / 2 >= 2 && p.x + textWidth / 2 <= width - 2
      ? (["middle", p.x] as const)
      : p.x < width / 2
        ? (["start", Math.max(2, p.x - r)] as const)
        : (["end", Math.min(width - 2, p.x + r)] as const);
  const below = p.y + r + fontSize;
  const y = below <= height - 2 ? below : p.y - r - 3;
  const left = anchor === "middle" ? x - textWidth / 2 : anchor === "start" ? x : x - textWidth;
  const box: Box = { left, right: left + textWidth, top: y - 0.8 * size, bottom: y + 0.2 * size };
  return { anchor, x, y, box };
}

/**
 * Builds the `<svg>` for one wave: all nodes of the union at their fixed
 * positions (those without ties in this wave faded, class `absent`), this
 * wave's distinct ties (inferred ones dashed, class `inferred`), tooltips and
 * a few labels. Every data string is escaped; output is deterministic.
 * Throws if a node has no position or a tie names an unknown node.
 */
export function renderNetworkSvg(input: NetworkSvgInput): string {
  const { id, title, nodes, ties, positions, wave, width, height, typeColor, typeLabel, waveLabel } = input;
  const { edges, degree } = waveGraph(nodes, ties, wave);
  const sorted = [...nodes].sort((a, b) => compareIds(a.id, b.id));
  const at = (nodeId: string): Point => {
    const p = positions.get(nodeId);
    if (!p) throw new Error(`network: no position for node "${nodeId}"`);
    return p;
  };
  const titleId = escapeXml(`${id}-w${wave}-title`);
  // Scaled with the viewBox so text renders at ~11 px when the chart is shown ~320 px wide.
  const fontSize = (11 * width) / 320;
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
    const tooltip = [n.label, typeLabel(n.type), ...(n.inferred ? ["attore dedotto dal testo"] : []), tiesText(d)].join("\n");
    out.push(
      `<g class="${classes}" data-id="${escapeXml(n.id)}" data-type="${escapeXml(n.type)}" data-type-label="${escapeXml(typeLabel(n.type))}" data-degree="${d}"${fade}>` +
        `<title>${escapeXml(tooltip)}</title>` +
        `<circle cx="${num(p.x)}" cy="${num(p.y)}" r="${num(radius(d))}" fill="${escapeXml(typeColor(n.type))}" ${ring}/>` +
        `</g>`,
    );
  }
  out.push(`</g>`);

  // Labels are drawn last so no circle covers them. The halo is the theme background
  // (var(--bg): set by the page in both schemes, resolved to a colour in exports).
  out.push(
    `<g class="labels" font-size="${num(fontSize)}" fill="currentColor" stroke="var(--bg)" stroke-width="3" stroke-linejoin="round" paint-order="stroke" aria-hidden="true">`,
  );
  // Labels may not cover one another or the circle of an actor present in this wave:
  // a candidate whose label would is skipped (its tooltip still names it) and the
  // next one is tried. Leads come first, so the others avoid their labels too.
  const taken: { id: string; box: Box }[] = sorted
    .filter((n) => (degree.get(n.id) ?? 0) > 0)
    .map((n) => {
      const p = at(n.id);
      const r = radius(degree.get(n.id) ?? 0);
      return { id: n.id, box: { left: p.x - r, right: p.x + r, top: p.y - r, bottom: p.y + r } };
    });
  const short = shortLabels(sorted);
  let labelled = 0;
  for (const n of labelCandidates(sorted, degree)) {
    if (labelled === MAX_LABELS) break;
    const d = degree.get(n.id) ?? 0;
    const r = radius(d);
    const text = short.get(n.id)!;
    const { anchor, x, y, box } = placeLabel(at(n.id), r, text, fontSize, width, height);
    // The lead body is always named, whatever it covers; the others make way.
    if (!n.isLead && taken.some((t) => t.id !== n.id && overlaps(t.box, box))) continue;
    taken.push({ id: n.id, box });
    labelled++;
    out.push(
      `<text class="label${d === 0 ? " absent" : ""}" data-id="${escapeXml(n.id)}" x="${num(x)}" y="${num(y)}" text-anchor="${anchor}"${d === 0 ? ` opacity="0.25"` : ""}>${escapeXml(text)}</text>`,
    );
  }
  out.push(`</g>`, `</svg>`);
  return out.join("\n");
}
