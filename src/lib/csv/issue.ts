/**
 * One problem found in a file that staff edit (CSV, frontmatter, bibliography).
 * Modelled on vfile-message: where (file, line, column), what (field, value found),
 * what was expected, and a hint on how to fix it.
 */
export interface Issue {
  /** Path relative to the project root, e.g. `data/ties.csv`. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** 1-based character column in that line, when known. */
  column?: number | undefined;
  /** Column or frontmatter field name. */
  field?: string | undefined;
  /** The value found, as written in the file. */
  value?: string | undefined;
  /** What went wrong, in one sentence. */
  message: string;
  /** What a valid value looks like. */
  expected?: string | undefined;
  /** How to fix it. */
  hint?: string | undefined;
}

/** `data/ties.csv:14:9 wave: found "4", expected 1, 2 or 3. (hint)` */
export function formatIssue(issue: Issue): string {
  let where = issue.file;
  if (issue.line !== undefined) where += `:${issue.line}`;
  if (issue.line !== undefined && issue.column !== undefined) where += `:${issue.column}`;
  let text = `${where} ${issue.field ? `${issue.field}: ` : ""}${issue.message}`;
  if (issue.value !== undefined) text += ` (found ${JSON.stringify(issue.value)})`;
  if (issue.expected) text += `; expected ${issue.expected}`;
  text += ".";
  if (issue.hint) text += `\n    hint: ${issue.hint}`;
  return text;
}

/** Sorts issues by file, then line, then column, so reports read top to bottom. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

/** Thrown when input files have problems; the message lists every issue. */
export class InputError extends Error {
  readonly issues: Issue[];
  constructor(issues: readonly Issue[], what = "input") {
    const sorted = sortIssues(issues);
    super(
      `${sorted.length} problem${sorted.length === 1 ? "" : "s"} in ${what}:\n` +
        sorted.map((i) => `  ${formatIssue(i)}`).join("\n"),
    );
    this.name = "InputError";
    this.issues = sorted;
  }
}
