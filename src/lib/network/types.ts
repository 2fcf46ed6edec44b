/**
 * Shared data shapes for the actor networks of the case studies.
 * The CSV loader produces these; everything in this folder only reads them.
 */

/** Survey wave: 1 = start, 2 = during, 3 = after the programme. */
export type Wave = 1 | 2 | 3;

/** One actor of a case-study network. */
export interface NetworkNode {
  id: string;
  label: string;
  /** Actor category, e.g. "ente-gestore", "comune", "terzo-settore", "impresa", "universita", "fondazione", "scuola-nido", "cittadini", "altro-pubblico". */
  type: string;
  /** True for the lead body of the project (at most one per case study in practice, but not assumed). */
  isLead: boolean;
  /** True when the source does not name this actor as such and the site deduced it from the text. */
  inferred?: boolean;
}

/**
 * One undirected tie observed in one wave. Ties are listed per wave, so a tie
 * present in waves 1 and 2 appears twice; `inferred` marks ties reconstructed
 * by the evaluators rather than reported by respondents.
 */
export interface NetworkTie {
  from: string;
  to: string;
  wave: Wave;
  inferred: boolean;
}

/** A position in SVG user units. */
export interface Point {
  x: number;
  y: number;
}
