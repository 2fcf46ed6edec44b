import { isSeq, LineCounter, parseDocument, type Document } from "yaml";
import type { Issue } from "../csv/issue.ts";

/** A YAML file staff edit, parsed with the line of every node. */
export interface YamlFile {
  doc: Document.Parsed;
  /** 1-based line of a character offset in the file. */
  lineAt: (offset: number) => number;
  /** Its syntax errors, each at its line and column; the document is unusable when there are any. */
  issues: Issue[];
}

/** Parses `text` (the content of `file`, for issues), keeping line numbers. */
export function parseYamlFile(text: string, file: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const issues = doc.errors.map((e): Issue => {
    const pos = lineCounter.linePos(e.pos[0]);
    return { file, line: pos.line, column: pos.col, message: `not valid YAML: ${e.message.split("\n")[0]}` };
  });
  return { doc, lineAt: (offset) => lineCounter.linePos(offset).line, issues };
}

/**
 * The items of a file that must be a YAML list, each as plain data with the line
 * it starts on; when the file is not a list, one issue saying `message` and what
 * is `expected`.
 */
export function listItems(
  yaml: YamlFile,
  file: string,
  notAList: Pick<Issue, "message" | "expected">,
): { items: { line: number; value: unknown }[]; issues: Issue[] } {
  const { doc, lineAt } = yaml;
  if (!isSeq(doc.contents)) return { items: [], issues: [{ file, line: 1, ...notAList }] };
  return { items: doc.contents.items.map((item) => ({ line: lineAt(item.range[0]), value: item.toJSON() })), issues: [] };
}
