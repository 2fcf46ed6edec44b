/**
 * How many columns, at most `most`, a grid of `count` cards should have so that
 * its last row is as full as a grid allows: the fewest rows, then the fewest
 * columns that still need no more rows. Five cards in at most four columns take
 * three (3 + 2) instead of four (4 + 1, one card alone on its row); four take four.
 */
export function balancedColumns(count: number, most: number): number {
  if (count < 1 || most < 1) return 1;
  const rows = Math.ceil(count / most);
  return Math.ceil(count / rows);
}

/** The most key figures the home page puts side by side (src/pages/index.astro, whose CSS has a rule for each column count up to this). */
export const KEY_FIGURE_COLUMNS = 4;
