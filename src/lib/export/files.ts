/**
 * Where a chart's exports live inside the built site. The export script writes
 * these files and every page that links them reads the paths from here.
 */

/** The raster sizes of every chart: a full-HD slide and a 16:9 image for posts and documents. */
export const PNG_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1200, height: 675 },
] as const;

/** Size of Open Graph images (the 1.91:1 crop of social networks shows a 16:9 image whole, letterboxed). */
export const OG_SIZE = { width: 1200, height: 675 } as const;

export interface ChartFiles {
  csv: string;
  svg: string;
  png: { width: number; height: number; path: string }[];
}

/** Site-relative paths of a chart's downloads, e.g. "grafici/timeline-1920x1080.png". */
export function chartFiles(id: string): ChartFiles {
  return {
    csv: `grafici/${id}.csv`,
    svg: `grafici/${id}.svg`,
    png: PNG_SIZES.map((s) => ({ ...s, path: `grafici/${id}-${s.width}x${s.height}.png` })),
  };
}

/** Site-relative path of a page's Open Graph image ("home" for the home page, a chapter's slug otherwise). */
export function ogImagePath(name: string): string {
  return `og/${name}.png`;
}
