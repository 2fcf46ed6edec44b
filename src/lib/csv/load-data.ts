import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATASETS, type Data, type DatasetDef, type DatasetName } from "../schemas/datasets.ts";
import { InputError, type Issue } from "./issue.ts";
import { parseDataset, type Located } from "./parse-dataset.ts";

type LocatedData = { [N in DatasetName]: Located<Data[N][number]>[] };

/**
 * Parses every dataset from already-read texts and checks references between
 * files (a tie naming an unknown actor, an actor of another case…).
 * `texts` maps dataset name → file contents; a missing entry is reported.
 */
export function parseAll(
  texts: Partial<Record<DatasetName, string>>,
  dir = "data",
): { data: Data; issues: Issue[] } {
  const issues: Issue[] = [];
  const located = {} as LocatedData;
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    const def = DATASETS[name];
    const file = `${dir}/${def.file}`;
    const text = texts[name];
    if (text === undefined) {
      issues.push({ file, message: "file not found", hint: `create ${file} (see data/README.md for its columns)` });
      (located as Record<string, unknown>)[name] = [];
      continue;
    }
    const result = parseDataset(def as DatasetDef, text, file);
    issues.push(...result.issues);
    (located as Record<string, unknown>)[name] = result.rows;
  }
  issues.push(...checkRefs(located, dir));
  const data = Object.fromEntries(
    Object.entries(located).map(([name, rows]) => [name, rows.map((r) => r.row)]),
  ) as Data;
  return { data, issues };
}

function checkRefs(located: LocatedData, dir: string): Issue[] {
  const issues: Issue[] = [];
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    const def = DATASETS[name];
    for (const ref of "refs" in def ? def.refs : []) {
      const target = located[ref.dataset] as Located<Record<string, unknown>>[];
      const byKey = new Map(target.map((t) => [String(t.row[ref.key]), t.row]));
      for (const r of located[name] as Located<Record<string, unknown>>[]) {
        const value = String(r.row[ref.column]);
        const hit = byKey.get(value);
        const where = { file: `${dir}/${def.file}`, line: r.line, column: r.columns[ref.column], field: ref.column, value };
        if (!hit) {
          issues.push({
            ...where,
            message: `names an unknown ${ref.key}`,
            expected: `a ${ref.key} listed in ${dir}/${DATASETS[ref.dataset].file}`,
            hint: `add it to ${DATASETS[ref.dataset].file} first, or correct the spelling`,
          });
        } else if ("sameCase" in ref && ref.sameCase && hit.case_id !== r.row.case_id) {
          issues.push({
            ...where,
            message: `belongs to case "${String(hit.case_id)}", not "${String(r.row.case_id)}"`,
            expected: `an actor of case "${String(r.row.case_id)}"`,
          });
        }
      }
    }
  }
  return issues;
}

/** Reads and validates every dataset under `dir`; throws one InputError listing every problem. */
export function loadData(dir: string, label = dir): Data {
  const texts: Partial<Record<DatasetName, string>> = {};
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    try {
      texts[name] = readFileSync(join(dir, DATASETS[name].file), "utf8");
    } catch {
      // parseAll reports the missing file.
    }
  }
  const { data, issues } = parseAll(texts, label);
  if (issues.length > 0) throw new InputError(issues, "the data files");
  return data;
}
