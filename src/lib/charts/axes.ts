import type { ChartSize } from "./types.ts";

/**
 * Height and bottom margin of a chart whose x axis has a title under its tick
 * labels: with Plot's default margin the title touched the last tick label.
 * `height` is what the chart would be without the extra room.
 */
export function roomForAxisTitleBelow(size: ChartSize, height: number): { height: number; marginBottom: number } {
  return { height: height + size.fontSize, marginBottom: 3.5 * size.fontSize };
}
