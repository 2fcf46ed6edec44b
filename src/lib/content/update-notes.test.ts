import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { formatIssue } from "../csv/issue.ts";
import type { History } from "./history.ts";
import { checkUntranslatedUpdates, checkUpdateNotes, looksEnglish, noteText, readUpdateNotes } from "./update-notes.ts";

const dir = mkdtempSync(join(tmpdir(), "wecare-notes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` as updates.yaml in a fresh folder and reads it back. */
function read(text: string) {
  const name = `${Math.random().toString(36).slice(2)}.yaml`;
  writeFileSync(join(dir, name), text);
  const r = readUpdateNotes(dir, name);
  return { ...r, report: r.issues.map((i) => formatIssue({ ...i, file: "updates.yaml" })) };
}

const history: History = {
  state: "full",
  changes: [
    {
      hash: "583ad58e4cd6497635b6fb0218cec545eb5711de",
      date: "2026-11-22T00:03:30.000Z",
      subject: "Astro 7 report site",
      files: [{ path: "src/content/chapters/strategia.mdx", status: "added" }],
    },
    { hash: "583ad5f00000000000000000000000000000000a", date: "2026-11-22T00:04:30.000Z", subject: "Another", files: [] },
    { hash: "e98d097126951869dee0ab02e11f562f7fe01c37", date: "2026-11-22T00:13:46.000Z", subject: "Data: CSVs", files: [] },
  ],
};

describe("readUpdateNotes(root, file)", () => {
  test("reads each note with the line it starts on", () => {
    const r = read('# notes\n- commit: e98d097\n  testo: "Dati ricostruiti dal rapporto."\n');
    expect(r.issues).toEqual([]);
    expect(r.notes).toEqual([{ commit: "e98d097", testo: "Dati ricostruiti dal rapporto.", line: 2 }]);
  });

  test("a missing or empty file means no notes, and no problem", () => {
    expect(readUpdateNotes(dir, "assente.yaml")).toEqual({ notes: [], issues: [] });
    expect(read("# nothing yet\n")).toMatchObject({ notes: [], issues: [] });
  });

  test("reports every bad note at its line: hash, text length, unknown field, a second note for one commit", () => {
    const r = read(
      [
        "- commit: E98D09",
        '  testo: "Troppo corto"',
        "- commit: e98d097",
        '  testo: "Breve."',
        "- commit: e98d097126",
        '  testo: "Dati ricostruiti dal rapporto."',
        "  autore: Redazione",
        "- commit: e98d097",
        '  testo: "Dati ricostruiti dal rapporto."',
        "- commit: e98d0971",
        '  testo: "Una seconda nota per lo stesso commit."',
      ].join("\n"),
    );
    expect(r.report).toMatchInlineSnapshot(`
      [
        "updates.yaml:1 commit: a commit hash: 7 to 40 characters among 0-9 and a-f (found "E98D09").",
        "updates.yaml:3 testo: testo shorter than 10 characters (found "Breve.").",
        "updates.yaml:5 Unrecognized key: "autore".",
        "updates.yaml:10 commit: a second note for the commit of line 8 (found "e98d0971").
          hint: keep one of the two",
      ]
    `);
    expect(r.notes.map((n) => n.line)).toEqual([8]);
  });

  test("reports a file that is not a list, or not YAML, at its line", () => {
    expect(read("commit: e98d097\n").report).toEqual([
      "updates.yaml:1 the file must be a YAML list of notes; expected lines starting with - commit: ….",
    ]);
    expect(read('- commit: e98d097\n  testo: "aperto\n').report[0]).toMatch(/^updates\.yaml:3:1 not valid YAML: Missing closing "quote/);
  });
});

describe("checkUpdateNotes(notes, history, file, chapters)", () => {
  const notes = [
    { commit: "e98d097", testo: "Dati ricostruiti dal rapporto.", line: 1 },
    { commit: "583ad5", testo: "Prima pubblicazione del rapporto.", line: 3 },
    { commit: "abcdef0", testo: "Un commit che non esiste.", line: 5 },
  ];

  test("every note must name exactly one commit that changed the chapters or the data", () => {
    expect(checkUpdateNotes(notes, history, "updates.yaml", "src/content/chapters").map(formatIssue)).toEqual([
      'updates.yaml:3 commit: matches 2 commits (found "583ad5").\n    hint: write more characters of the hash',
      'updates.yaml:5 commit: names no commit that changed the chapters or the data (found "abcdef0").\n    hint: copy the hash from `git log --oneline -- src/content/chapters data`',
    ]);
  });

  test("says nothing when the history is partial, missing or has no commit for these files: it cannot tell", () => {
    expect(checkUpdateNotes(notes, { ...history, state: "shallow" }, "updates.yaml", "src/content/chapters")).toEqual([]);
    expect(checkUpdateNotes(notes, { changes: [], state: "none" }, "updates.yaml", "src/content/chapters")).toEqual([]);
    expect(checkUpdateNotes(notes, { changes: [], state: "full" }, "updates.yaml", "src/content/chapters")).toEqual([]);
  });

  test("says nothing for a copy of the report outside the repository: no commit touched its chapters", () => {
    // The benchmark builds a copy in .tmp/ (ignored by git) with the project's data/, whose commits are real.
    const dataOnly: History = { state: "full", changes: history.changes.map((c) => ({ ...c, files: [{ path: "data/ties.csv", status: "modified" }] })) };
    expect(checkUpdateNotes(notes, dataOnly, "updates.yaml", ".tmp/bench-report/content/chapters")).toEqual([]);
    expect(checkUpdateNotes(notes, history, "updates.yaml", ".tmp/bench-report/content/chapters")).toEqual([]);
  });
});

test("noteText(notes, hash) finds the note whose commit starts the hash", () => {
  const notes = [{ commit: "e98d097", testo: "Dati ricostruiti dal rapporto." }];
  expect(noteText(notes, "e98d097126951869dee0ab02e11f562f7fe01c37")).toBe("Dati ricostruiti dal rapporto.");
  expect(noteText(notes, "583ad58e4cd6497635b6fb0218cec545eb5711de")).toBeUndefined();
});

describe("commit messages readers would see in English", () => {
  test("looksEnglish tells this project's developer subjects from Italian ones", () => {
    for (const en of [
      "Content: correct claims a fact check against the source found overstated or unmarked",
      "actors.csv: the platform cooperative is named in the text of cap. 4.2, not by Int. 4",
      "Chart texts checked against data and source",
      "Astro 7 report site: content, schemas, CSV validation, charts, pages",
      "Figures and tables numbered automatically per chapter",
      "Case networks: every actor present in a wave is marked with its number",
    ])
      expect(looksEnglish(en), en).toBe(true);
    for (const it of [
      "Corretto il finanziamento di Alba nella Tabella 1",
      "Nuovo capitolo sulle reti",
      "Aggiornati i dati delle interviste di Pianezza",
      "Glossario: aggiunto il termine «sportello» e corretto un refuso",
      "Dati 2024",
      "Figure e tabelle numerate; case popolari di Alba",
    ])
      expect(looksEnglish(it), it).toBe(false);
  });

  test("checkUntranslatedUpdates names each such commit without a note, with the note to add", () => {
    const english: History = {
      state: "full",
      changes: [
        { hash: "aaaaaaa1111", date: "2026-11-22T00:00:00.000Z", subject: "Fix the funding of Alba", files: [] },
        { hash: "bbbbbbb2222", date: "2026-11-22T00:00:00.000Z", subject: "Corretto il finanziamento di Alba", files: [] },
        { hash: "ccccccc3333", date: "2026-11-22T00:00:00.000Z", subject: "Data: rows from the source", files: [] },
      ],
    };
    const notes = [{ commit: "ccccccc", testo: "Dati ricostruiti dal rapporto." }];
    expect(checkUntranslatedUpdates(notes, english, "src/content/updates.yaml").map(formatIssue)).toMatchInlineSnapshot(`
      [
        "src/content/updates.yaml commit: this commit changed the chapters or the data, and its English message would be shown to readers (found "aaaaaaa Fix the funding of Alba"); expected a note in Italian for it.
          hint: add to src/content/updates.yaml a note "- commit: aaaaaaa" with "testo:" saying in Italian, for readers, what changed (docs/GUIDA.md, "La pagina Aggiornamenti")",
      ]
    `);
    expect(checkUntranslatedUpdates(notes, { ...english, state: "shallow" }, "src/content/updates.yaml")).toEqual([]);
  });
});
