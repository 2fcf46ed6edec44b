import { CHART_IDS } from "../charts/registry.ts";
import { InputError } from "../csv/issue.ts";
import { checkProject } from "./check-project.ts";

/**
 * What stops a build whose sources are wrong: one error that lists every problem
 * in the report under `root` (file:line:column, field, value, what is expected),
 * or undefined when there is none. Run by scripts/build.ts beside Astro, and by
 * the report integration when Astro is run directly.
 */
export function sourcesError(root: string): InputError | undefined {
  const issues = checkProject(root, CHART_IDS);
  return issues.length > 0 ? new InputError(issues, "the report's sources") : undefined;
}
