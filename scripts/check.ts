// Validates the report's sources without building the site: every chapter,
// glossary entry, bibliography entry, the story file and every data file,
// with the same schemas the build uses. Prints every problem, one per line
// (file:line:column first, so editors make it a link), then exits 1.
// Usage: npm run check [-- <project-dir>]
import { resolve } from "node:path";
import { checkProject } from "../src/lib/check/check-project.ts";
import { formatIssue, sortIssues } from "../src/lib/csv/issue.ts";
import { CHART_IDS } from "../src/lib/charts/registry.ts";

const started = performance.now();
const root = resolve(process.argv[2] ?? ".");
const issues = sortIssues(checkProject(root, CHART_IDS));
const ms = Math.round(performance.now() - started);
if (issues.length === 0) {
  process.stdout.write(`check: no problems found (${ms} ms)\n`);
} else {
  process.stdout.write(issues.map(formatIssue).join("\n") + "\n");
  process.stdout.write(`check: ${issues.length} problem${issues.length === 1 ? "" : "s"} found (${ms} ms)\n`);
  process.exitCode = 1;
}
