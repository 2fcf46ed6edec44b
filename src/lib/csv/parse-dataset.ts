import type { z } from "zod";
import { columnMeta } from "../schemas/columns.ts";
import { rowRules, type DatasetDef } from "../schemas/datasets.ts";
import type { Issue } from "./issue.ts";
import { tokenizeCsv } from "./tokenize.ts";

/** A validated row with the line it came from, for cross-file checks. */
export interface Located<T> {
  row: T;
  line: number;
  /** Column name → 1-based character column of that cell. */
  columns: Record<string, number>;
}

/**
 * Parses and validates one CSV file against its dataset definition.
 * Returns every valid row and every problem found; never throws for bad input.
 * The header must name exactly the schema's columns, in any order.
 */
export function parseDataset<S extends z.ZodObject>(
  def: DatasetDef<S>,
  text: string,
  file: string,
): { rows: Located<z.output<S>>[]; issues: Issue[] } {
  const { records, issues } = tokenizeCsv(text, file);
  const rows: Located<z.output<S>>[] = [];
  const expectedColumns = Object.keys(def.schema.shape);
  const [header, ...body] = records;
  if (!header) {
    issues.push({
      file,
      line: 1,
      message: "the file is empty",
      expected: `a header line with the columns ${expectedColumns.join(",")}`,
    });
    return { rows, issues };
  }
  const names = header.fields.map((f) => f.value.trim());
  const seenNames = new Set<string>();
  for (const f of header.fields) {
    const name = f.value.trim();
    if (!expectedColumns.includes(name)) {
      issues.push({
        file,
        line: f.line,
        column: f.column,
        field: name,
        message: "unknown column",
        expected: `only the columns ${expectedColumns.join(", ")}`,
        hint: "check the spelling, or remove the column (see data/README.md)",
      });
    } else if (seenNames.has(name)) {
      issues.push({ file, line: f.line, column: f.column, field: name, message: "column appears twice" });
    }
    seenNames.add(name);
  }
  const missing = expectedColumns.filter((c) => !names.includes(c));
  for (const name of missing) {
    issues.push({
      file,
      line: header.line,
      field: name,
      message: "missing column",
      expected: `a header with the columns ${expectedColumns.join(",")}`,
      hint: `add the column "${name}" to the header line and a value for it on every row`,
    });
  }
  if (missing.length > 0) return { rows, issues };
  if (body.length === 0) {
    issues.push({ file, line: header.line, message: "the file has a header but no rows", expected: "at least one row" });
  }

  for (const record of body) {
    // The tokenizer has reported the unclosed quote; the cell count would only repeat it.
    if (record.unclosed) continue;
    if (record.fields.length !== names.length) {
      const at = record.fields[Math.min(names.length, record.fields.length - 1)];
      issues.push({
        file,
        line: record.line,
        column: at?.column,
        message: `row has ${record.fields.length} cells but the header has ${names.length}`,
        expected: `${names.length} comma-separated cells`,
        hint: "a cell that contains a comma must be written in double quotes",
      });
      continue;
    }
    const raw: Record<string, string> = {};
    const columns: Record<string, number> = {};
    record.fields.forEach((field, i) => {
      const name = names[i] ?? "";
      raw[name] = field.value;
      columns[name] = field.column;
    });
    const result = def.schema.safeParse(raw);
    if (result.success) {
      rows.push({ row: result.data, line: record.line, columns });
      for (const rule of rowRules(def)) {
        const broken = rule.broken(result.data);
        if (!broken) continue;
        issues.push({ file, line: record.line, column: columns[rule.column], field: rule.column, value: raw[rule.column], ...broken });
      }
      continue;
    }
    for (const zi of result.error.issues) {
      const name = String(zi.path[0]);
      const i = names.indexOf(name);
      const cell = record.fields[i];
      const meta = columnMeta(def.schema.shape[name] as z.ZodType);
      const params = (zi as { params?: { expected?: string; hint?: string } }).params;
      issues.push({
        file,
        line: cell?.line ?? record.line,
        column: cell?.column,
        field: name,
        value: raw[name],
        message: zi.message,
        expected: params?.expected ?? meta.expected,
        hint: params?.hint,
      });
    }
  }

  // Unique keys.
  const seen = new Map<string, number>();
  for (const r of rows) {
    const key = def.key.map((k) => String((r.row as Record<string, unknown>)[k])).join(" / ");
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({
        file,
        line: r.line,
        column: r.columns[def.key[0] ?? ""],
        field: def.key.join(", "),
        value: key,
        message: `duplicate ${def.key.length > 1 ? "key" : "id"}, already used on line ${first}`,
        expected: "a value not used by another row",
      });
    } else {
      seen.set(key, r.line);
    }
  }
  return { rows, issues };
}
