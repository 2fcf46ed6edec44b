import { AxeBuilder } from "@axe-core/playwright";
import type { Result } from "axe-core";
import type { Page } from "playwright-core";

/**
 * The WCAG levels the site must meet: WCAG 2.1 AA is the legal floor in Italy
 * (AgID guidelines, EN 301 549); 2.2 AA is what we aim at. axe tags each rule
 * with the success criteria it checks; "best-practice" rules are not included.
 */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] as const;

/** One axe violation, reduced to what a failing test should print. */
export interface A11yViolation {
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of (at most five of) the offending nodes, with axe's summary of the first. */
  targets: string[];
  summary: string;
}

/** Runs axe-core on the page as it is now, with the WCAG A/AA rules only. */
export async function axeViolations(page: Page): Promise<A11yViolation[]> {
  // Speed, for a hundred-odd runs on two cores: resultTypes keeps axe from detailing
  // passes; legacy mode runs axe.run inside the page instead of merging partial results
  // in a fresh blank page per call (about twice as fast here). Legacy mode cannot look
  // into cross-origin frames, and the site has none (its CSP allows only its own).
  const results = await new AxeBuilder({ page })
    .withTags([...WCAG_TAGS])
    .options({ resultTypes: ["violations"] })
    .setLegacyMode(true)
    .analyze();
  return results.violations.map(toViolation);
}

function toViolation(v: Result): A11yViolation {
  return {
    rule: v.id,
    impact: v.impact ?? "unknown",
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    summary: (v.nodes[0]?.failureSummary ?? "").replace(/\s+/g, " ").trim(),
  };
}

/** One line per violation, e.g. `color-contrast (serious) .chart-note: Elements must meet … [fix: …]`. */
export function formatViolations(where: string, violations: readonly A11yViolation[]): string[] {
  return violations.map((v) => `${where}: ${v.rule} (${v.impact}) ${v.targets.join(", ")} — ${v.help}. ${v.summary}`);
}
