import type { Issue } from "./issue.ts";

/** One field of a CSV record, with where it starts in the file. */
export interface CsvField {
  value: string;
  line: number;
  column: number;
}

/** One record (row) of a CSV file; `line` is where the record starts. */
export interface CsvRecord {
  line: number;
  fields: CsvField[];
  /** Set when the record ends in a quoted field that is never closed (already reported). */
  unclosed?: true;
}

/**
 * Splits RFC 4180 CSV text into records, keeping the line and column where each
 * field starts, so that every problem can be reported as `file:line:column`.
 *
 * Strict where d3-dsv is lenient (see d3-dsv test/csv-test.js): an unclosed quote
 * and stray text after a closing quote are reported as issues instead of being
 * read to the end of the file. A leading byte-order mark is dropped and both
 * `\n` and `\r\n` line endings are accepted. Blank lines are skipped.
 */
export function tokenizeCsv(text: string, file: string): { records: CsvRecord[]; issues: Issue[] } {
  const records: CsvRecord[] = [];
  const issues: Issue[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = i;
  const n = text.length;

  while (i < n) {
    const recordLine = line;
    const fields: CsvField[] = [];
    // Skip blank lines between records.
    if (text[i] === "\n" || (text[i] === "\r" && text[i + 1] === "\n")) {
      i += text[i] === "\r" ? 2 : 1;
      line++;
      lineStart = i;
      continue;
    }
    for (;;) {
      const field: CsvField = { value: "", line, column: i - lineStart + 1 };
      if (text[i] === '"') {
        const open = { line, column: i - lineStart + 1 };
        i++;
        let value = "";
        let closed = false;
        while (i < n) {
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === "\n") {
            line++;
            lineStart = i + 1;
          }
          value += c;
          i++;
        }
        if (!closed) {
          issues.push({
            file,
            line: open.line,
            column: open.column,
            message: "quoted field is never closed",
            expected: 'a closing " before the end of the file',
            hint: 'add the missing " (a literal quote inside a quoted field is written "")',
          });
          fields.push({ ...field, value: value.replace(/\r\n/g, "\n") });
          records.push({ line: recordLine, fields, unclosed: true });
          return { records, issues };
        }
        field.value = value.replace(/\r\n/g, "\n");
        // After a closing quote only a separator or the end of the line may follow.
        const stray = i;
        while (i < n && text[i] !== "," && text[i] !== "\n" && !(text[i] === "\r" && text[i + 1] === "\n")) i++;
        if (i > stray) {
          issues.push({
            file,
            line,
            column: stray - lineStart + 1,
            message: "text after the closing quote of a field",
            value: text.slice(stray, i),
            hint: "put the whole field inside the quotes",
          });
        }
      } else {
        const start = i;
        while (i < n && text[i] !== "," && text[i] !== "\n" && !(text[i] === "\r" && text[i + 1] === "\n")) i++;
        field.value = text.slice(start, i);
      }
      fields.push(field);
      if (text[i] === ",") {
        i++;
        continue;
      }
      // End of record: newline or end of text.
      if (text[i] === "\r") i++;
      if (text[i] === "\n") {
        i++;
        line++;
        lineStart = i;
      }
      break;
    }
    records.push({ line: recordLine, fields });
  }
  return { records, issues };
}
