import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Issue } from "../csv/issue.ts";
import { UpdateNoteSchema, type UpdateNote } from "../schemas/chapter.ts";
import type { History } from "./history.ts";
import { listItems, parseYamlFile } from "./yaml-file.ts";

/** A note of `updates.yaml` with the line it starts on, for error messages. */
export interface LocatedNote extends UpdateNote {
  line: number;
}

/**
 * Reads the notes of `file` (relative to `root`). The file is optional: without
 * it, every update shows its commit message. Every problem is returned, with
 * its line.
 */
export function readUpdateNotes(root: string, file: string): { notes: LocatedNote[]; issues: Issue[] } {
  let text: string;
  try {
    text = readFileSync(resolve(root, file), "utf8");
  } catch {
    return { notes: [], issues: [] };
  }
  const yaml = parseYamlFile(text, file);
  if (yaml.issues.length) return { notes: [], issues: yaml.issues };
  if (yaml.doc.contents === null) return { notes: [], issues: [] };
  const list = listItems(yaml, file, { message: "the file must be a YAML list of notes", expected: "lines starting with - commit: …" });
  const notes: LocatedNote[] = [];
  const issues: Issue[] = [...list.issues];
  for (const { line, value } of list.items) {
    const r = UpdateNoteSchema.safeParse(value);
    if (!r.success) {
      for (const zi of r.error.issues) {
        const field = zi.path.join(".") || undefined;
        const found = field ? (value as Record<string, unknown>)?.[field] : undefined;
        issues.push({ file, line, field, value: found === undefined ? undefined : String(found), message: zi.message });
      }
      continue;
    }
    const twin = notes.find((n) => n.commit.startsWith(r.data.commit) || r.data.commit.startsWith(n.commit));
    if (twin) {
      issues.push({ file, line, field: "commit", value: r.data.commit, message: `a second note for the commit of line ${twin.line}`, hint: "keep one of the two" });
      continue;
    }
    notes.push({ ...r.data, line });
  }
  return { notes, issues };
}

/**
 * Checks that every note names exactly one commit of `history` (the commits
 * that changed the chapters or the data). A shallow or missing history cannot
 * say, nor can one in which no commit touched the `chapters` folder (a path
 * relative to the project root): the report is then a copy outside the
 * repository, as the benchmark builds. Nothing is reported in those cases.
 */
export function checkUpdateNotes(notes: readonly LocatedNote[], history: History, file: string, chapters: string): Issue[] {
  const inside = `${chapters.replace(/\/+$/, "")}/`;
  if (history.state !== "full" || !history.changes.some((c) => c.files.some((f) => f.path.startsWith(inside)))) return [];
  return notes.flatMap((n): Issue[] => {
    const matches = history.changes.filter((c) => c.hash.startsWith(n.commit));
    if (matches.length === 1) return [];
    return [
      matches.length === 0
        ? {
            file,
            line: n.line,
            field: "commit",
            value: n.commit,
            message: "names no commit that changed the chapters or the data",
            hint: "copy the hash from `git log --oneline -- src/content/chapters data`",
          }
        : {
            file,
            line: n.line,
            field: "commit",
            value: n.commit,
            message: `matches ${matches.length} commits`,
            hint: "write more characters of the hash",
          },
    ];
  });
}

// Words that are common in one language and rare in the other: enough to tell a
// developer's English commit subject from the Italian one the guide asks staff for.
const ENGLISH = new Set([
  ...["the", "and", "of", "from", "to", "not", "is", "are", "for", "with", "by", "on", "its", "it", "this", "that", "into", "when", "than", "which", "against", "found", "has", "have", "was", "no", "longer", "instead", "now"],
  ...["an", "as", "at", "be", "all", "but", "or", "if", "up", "out", "each", "every", "one", "two", "only", "after", "before", "without", "where", "what", "new", "more"],
  // and the words of this project's developer messages that Italian does not use
  ...["fix", "add", "remove", "update", "chart", "charts", "page", "pages", "test", "tests", "build", "report", "site"],
  ...["figures", "table", "tables", "numbered", "number", "numbers", "automatically", "network", "networks", "cases", "actor", "actors", "list"],
]);
const ITALIAN = new Set(["il", "lo", "la", "gli", "le", "di", "del", "della", "dei", "delle", "che", "non", "per", "con", "è", "un", "una", "nel", "nella", "sono", "da", "dal", "dalla", "ai", "al", "alla"]);

/** True when a commit subject reads as English: more English than Italian marker words, and at least two. */
export function looksEnglish(subject: string): boolean {
  const words = subject.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const en = words.filter((w) => ENGLISH.has(w)).length;
  const it = words.filter((w) => ITALIAN.has(w)).length;
  return en >= 2 && en > it;
}

/**
 * Commits that changed the chapters or the data with a subject in English and no
 * note: readers would see that subject on the updates page and in its feed.
 * Like checkUpdateNotes, says nothing without the whole history. The build and
 * `npm run check` read the history only for a report that has an updates file,
 * so a test fixture's chapters, committed with English messages, are not checked.
 */
export function checkUntranslatedUpdates(notes: readonly UpdateNote[], history: History, file: string): Issue[] {
  if (history.state !== "full") return [];
  return history.changes
    .filter((c) => looksEnglish(c.subject) && noteText(notes, c.hash) === undefined)
    .map((c) => ({
      file,
      field: "commit",
      value: `${c.hash.slice(0, 7)} ${c.subject}`,
      message: "this commit changed the chapters or the data, and its English message would be shown to readers",
      expected: "a note in Italian for it",
      hint: `add to ${file} a note "- commit: ${c.hash.slice(0, 7)}" with "testo:" saying in Italian, for readers, what changed (docs/GUIDA.md, "La pagina Aggiornamenti")`,
    }));
}

/** The text readers see for the commit `hash`: its note's, if it has one. */
export function noteText(notes: readonly UpdateNote[], hash: string): string | undefined {
  return notes.find((n) => hash.startsWith(n.commit))?.testo;
}
