import { relative, resolve } from "node:path";
import { existsSync, readFileSync } from "node:fs";
import { parseAll } from "../csv/load-data.ts";
import type { Issue } from "../csv/issue.ts";
import { DATASETS, type DatasetName } from "../schemas/datasets.ts";
import { checkContent, DEFAULT_PATHS } from "./check-content.ts";
import { PATHS } from "../content/paths.ts";
import { reportHistory } from "../content/history.ts";
import { checkUntranslatedUpdates, checkUpdateNotes, readUpdateNotes } from "../content/update-notes.ts";

/**
 * Everything `npm run check` and the build validate before rendering: chapters,
 * glossary, bibliography, data files, the notes of the updates page and the
 * references between them.
 */
export function checkProject(root: string, chartIds: ReadonlySet<string>): Issue[] {
  const texts: Partial<Record<DatasetName, string>> = {};
  for (const name of Object.keys(DATASETS) as DatasetName[]) {
    const path = resolve(root, PATHS.data, DATASETS[name].file);
    if (existsSync(path)) texts[name] = readFileSync(path, "utf8");
  }
  const updates = readUpdateNotes(root, PATHS.updates);
  const history = updates.notes.length ? reportHistory(root) : undefined;
  return [
    ...checkContent({ root, ...DEFAULT_PATHS }, chartIds),
    ...parseAll(texts, PATHS.data).issues,
    ...updates.issues,
    ...(history
      ? [
          ...checkUpdateNotes(updates.notes, history, PATHS.updates, relative(root, resolve(root, PATHS.chapters))),
          ...checkUntranslatedUpdates(updates.notes, history, PATHS.updates),
        ]
      : []),
  ];
}
