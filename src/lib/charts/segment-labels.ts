import { estimateTextWidth } from "../format/text-width.ts";
import { spreadLabels } from "./spread-labels.ts";

/** A segment of a horizontal stacked bar, in px along the bar, and the text of its label. */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

/** Where a segment's label goes: `x` is the label's centre, `anchor` the segment's, both px. */
export interface SegmentLabel {
  text: string;
  /** Inside the segment (on its colour) or above the bar, joined to it by a leader line. */
  inside: boolean;
  x: number;
  anchor: number;
}

export interface SegmentLabelOptions {
  fontSize: number;
  /** Room kept between a label and the ends of its segment, px. */
  padding: number;
  /** Room kept between two labels above the bar, px. */
  gap: number;
  /** Labels above the bar stay between these, px (the bar's own extent). */
  min: number;
  max: number;
}

/**
 * Labels for the segments of a stacked bar: inside a segment wide enough for its
 * text (estimated on the wide side) plus `padding` at each end, otherwise above
 * the bar, moved apart until `gap` separates them and kept within [min, max].
 */
export function placeSegmentLabels(segments: readonly Segment[], o: SegmentLabelOptions): SegmentLabel[] {
  const width = (s: Segment) => estimateTextWidth(s.text, o.fontSize);
  const labels = segments.map((s) => ({
    text: s.text,
    inside: width(s) + 2 * o.padding <= s.end - s.start,
    x: (s.start + s.end) / 2,
    anchor: (s.start + s.end) / 2,
  }));
  const above = labels.flatMap((l, i) => (l.inside ? [] : [{ l, w: width(segments[i]!) }]));
  if (above.length === 0) return labels;
  const widest = Math.max(...above.map((a) => a.w));
  const xs = spreadLabels(
    above.map((a) => a.l.anchor),
    widest + o.gap,
  );
  // Shift the whole row back inside the bar's extent if spreading pushed it past an end.
  const left = Math.min(...xs.map((x, i) => x - above[i]!.w / 2));
  const right = Math.max(...xs.map((x, i) => x + above[i]!.w / 2));
  const shift = left < o.min ? o.min - left : right > o.max ? o.max - right : 0;
  above.forEach((a, i) => (a.l.x = xs[i]! + shift));
  return labels;
}
