import matter from "gray-matter";
import type { z } from "zod";
import type { Issue } from "../csv/issue.ts";

/**
 * Reads and validates the frontmatter of a Markdown/MDX file with gray-matter,
 * reporting problems with the file's line numbers: a YAML syntax error at its
 * own position, a schema problem at the line of the offending field (or of the
 * opening `---` when the field is missing).
 */
export function parseFrontmatter<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
): { data?: z.output<S>; body: string; bodyLine: number; issues: Issue[] } {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // gray-matter caches by content; pass an empty options object to bypass the cache
    // so that a file fixed and re-read in the same process is parsed again.
    parsed = matter(text, {});
  } catch (error) {
    const { mark, reason } = error as { mark?: { line: number; column: number }; reason?: string };
    return {
      body: "",
      bodyLine: 1,
      issues: [
        {
          file,
          // js-yaml's mark is 0-based; gray-matter hands it the text after the opening ---
          // with its newline, so mark line 0 is the --- line itself and file line = mark.line + 1.
          line: mark ? mark.line + 1 : 1,
          column: mark ? mark.column + 1 : undefined,
          // `reason` is the message without js-yaml's own "at line …, column …:" suffix.
          message: `frontmatter is not valid YAML: ${reason ?? (error as Error).message.split("\n")[0]}`,
          hint: 'check the quotes and the "key: value" shape of each line; a value with a colon must be quoted',
        },
      ],
    };
  }
  const lines = text.split(/\r?\n/);
  const closing = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
  const bodyLine = closing >= 0 ? closing + 2 : 1;
  if (!text.startsWith("---")) {
    return {
      body: parsed.content,
      bodyLine,
      issues: [{ file, line: 1, message: "the file has no frontmatter", hint: "start the file with a --- block (see docs/GUIDA.md)" }],
    };
  }
  const result = schema.safeParse(parsed.data);
  if (result.success) return { data: result.data, body: parsed.content, bodyLine, issues: [] };
  const issues = result.error.issues.map((zi): Issue => {
    const field = zi.path.map(String).join(".");
    const top = String(zi.path[0] ?? "");
    const lineIndex = top ? lines.findIndex((l, i) => i < closing && new RegExp(`^${top}\\s*:`).test(l)) : -1;
    const value = top ? (parsed.data as Record<string, unknown>)[top] : undefined;
    const unknownKeys = zi.code === "unrecognized_keys" ? zi.keys : [];
    const unknownLine = unknownKeys.length
      ? lines.findIndex((l) => new RegExp(`^${unknownKeys[0]}\\s*:`).test(l))
      : -1;
    return {
      file,
      line: (lineIndex >= 0 ? lineIndex : unknownLine >= 0 ? unknownLine : 0) + 1,
      field: field || unknownKeys.join(", ") || undefined,
      value: value === undefined ? undefined : typeof value === "string" ? value : JSON.stringify(value),
      message:
        zi.code === "invalid_type" && value === undefined
          ? "missing field"
          : zi.code === "unrecognized_keys"
            ? `unknown field${unknownKeys.length > 1 ? "s" : ""}`
            : zi.message,
      expected:
        zi.code === "invalid_type"
          ? zi.expected
          : zi.code === "unrecognized_keys" && "shape" in schema
            ? `only the fields ${Object.keys(schema.shape as object).join(", ")}`
            : undefined,
    };
  });
  return { body: parsed.content, bodyLine, issues };
}
