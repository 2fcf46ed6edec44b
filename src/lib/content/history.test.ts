import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  changeAnchor,
  describeFiles,
  fallbackDate,
  listUpdates,
  parseLog,
  readHistory,
  updateHtml,
  type PublishedFiles,
} from "./history.ts";
import { romeDay } from "./git-dates.ts";
import { shallowClone, tempRepo, type TempRepo } from "./git-test-helpers.ts";

const PATHS = ["src/content/chapters", "data"];
const SITE: PublishedFiles = {
  chaptersDir: "src/content/chapters",
  dataDir: "data",
  chapters: new Map([
    ["uno", "Il primo capitolo"],
    ["due", "Il secondo capitolo"],
  ]),
  datasets: new Map([["ties.csv", "Legami delle reti"]]),
};

describe("parseLog(text)", () => {
  test("reads one change per record with its files and statuses", () => {
    const text =
      "\x1eaaa\x1f2024-03-05T09:00:00+01:00\x1fPrimo\n\nA\tsrc/content/chapters/uno.mdx\nM\tdata/ties.csv\n" +
      "\x1ebbb\x1f2024-01-01T00:00:00Z\x1fVuoto\n";
    expect(parseLog(text)).toEqual([
      {
        hash: "aaa",
        date: "2024-03-05T08:00:00.000Z",
        subject: "Primo",
        files: [
          { path: "src/content/chapters/uno.mdx", status: "added" },
          { path: "data/ties.csv", status: "modified" },
        ],
      },
      { hash: "bbb", date: "2024-01-01T00:00:00.000Z", subject: "Vuoto", files: [] },
    ]);
  });

  test("keeps tabs and separators of a subject out of the file list", () => {
    expect(parseLog("\x1ec\x1f2024-01-01T00:00:00Z\x1fA\tB: c\n\nD\tdata/x.csv\n")[0]).toMatchObject({
      subject: "A\tB: c",
      files: [{ path: "data/x.csv", status: "deleted" }],
    });
  });
});

describe("readHistory(paths, cwd)", () => {
  let repo: TempRepo;
  const hashes: string[] = [];
  beforeAll(() => {
    repo = tempRepo();
    hashes.push(
      repo.commit("2024-03-05T09:00:00+01:00", "Primi capitoli", {
        "src/content/chapters/uno.mdx": "uno\n",
        "src/content/chapters/due.mdx": "due\n",
        "README.md": "non conta\n",
      }),
      repo.commit("2024-03-06T09:00:00+01:00", "Solo codice", { "src/lib/x.ts": "x\n" }),
      repo.commit("2024-04-10T23:30:00+02:00", "Aggiornati i legami", { "data/ties.csv": "a,b\n", "data/README.md": "# Dati\n" }),
      repo.commit("2024-05-01T12:00:00Z", "Tolto il capitolo due", { "src/content/chapters/due.mdx": null }),
    );
  });
  afterAll(() => repo.remove());

  test("lists the commits that touched chapters or data, newest first, with the files in those folders only", () => {
    const h = readHistory(PATHS, repo.dir);
    expect(h.state).toBe("full");
    expect(h.changes.map((c) => [c.subject, c.date, c.files.map((f) => `${f.status} ${f.path}`)])).toEqual([
      ["Tolto il capitolo due", "2024-05-01T12:00:00.000Z", ["deleted src/content/chapters/due.mdx"]],
      ["Aggiornati i legami", "2024-04-10T21:30:00.000Z", ["added data/README.md", "added data/ties.csv"]],
      ["Primi capitoli", "2024-03-05T08:00:00.000Z", ["added src/content/chapters/due.mdx", "added src/content/chapters/uno.mdx"]],
    ]);
    expect(h.changes.map((c) => c.hash)).toEqual([hashes[3], hashes[2], hashes[0]]);
  });

  test("gives the same answer every time (nothing comes from the clock)", () => {
    expect(readHistory(PATHS, repo.dir)).toEqual(readHistory(PATHS, repo.dir));
  });

  test("in a shallow clone, drops the boundary commit (it seems to add every file) and says the list is partial", () => {
    const clone = shallowClone(repo, 2);
    const h = readHistory(PATHS, clone.dir);
    expect(h.state).toBe("shallow");
    expect(h.changes.map((c) => c.subject)).toEqual(["Tolto il capitolo due"]);
    clone.remove();
  });

  test("without history: an empty list and state none", () => {
    const none = tempRepo(false);
    expect(readHistory(PATHS, none.dir)).toEqual({ changes: [], state: "none" });
    none.remove();
    const empty = tempRepo();
    expect(readHistory(PATHS, empty.dir)).toEqual({ changes: [], state: "none" });
    empty.remove();
  });

  test("fallbackDate(cwd) is the date of HEAD, else SOURCE_DATE_EPOCH, else the epoch", () => {
    expect(fallbackDate(repo.dir)).toBe("2024-05-01T12:00:00.000Z");
    const none = tempRepo(false);
    expect(fallbackDate(none.dir, { SOURCE_DATE_EPOCH: "1700000000" })).toBe("2023-11-14T22:13:20.000Z");
    expect(fallbackDate(none.dir, {})).toBe("1970-01-01T00:00:00.000Z");
    none.remove();
  });
});

describe("describeFiles(files, site)", () => {
  test("links chapters to their page and data files to their download; deleted chapters get no link", () => {
    expect(
      describeFiles(
        [
          { path: "src/content/chapters/uno.mdx", status: "modified" },
          { path: "src/content/chapters/tre.mdx", status: "deleted" },
          { path: "data/ties.csv", status: "modified" },
          { path: "data/README.md", status: "modified" },
          { path: "data/vecchio.csv", status: "deleted" },
        ],
        SITE,
      ),
    ).toEqual([
      { label: "Il primo capitolo", href: "uno/", kind: "chapter", status: "modified" },
      { label: "tre.mdx", kind: "chapter", status: "deleted" },
      { label: "Legami delle reti (ties.csv)", href: "dati/ties.csv", kind: "data", status: "modified" },
      { label: "Dizionario dei dati", href: "dati/", kind: "data", status: "modified" },
      { label: "vecchio.csv", kind: "data", status: "deleted" },
    ]);
  });
});

describe("listUpdates(history, site, day) and updateHtml(update, href)", () => {
  const history = {
    state: "full" as const,
    changes: [
      { hash: "0123456789abcdef", date: "2024-04-10T22:30:00.000Z", subject: "Dati <nuovi> & corretti", files: [{ path: "data/ties.csv", status: "modified" as const }] },
    ],
  };

  test("dates each change by its day in Rome and gives it a stable anchor", () => {
    const [u] = listUpdates(history, SITE, romeDay);
    expect(u).toMatchObject({ anchor: "modifica-0123456789ab", day: "2024-04-11", subject: "Dati <nuovi> & corretti" });
    expect(changeAnchor({ hash: "0123456789abcdef" })).toBe(u!.anchor);
  });

  test("describes a commit by its note in updates.yaml when it has one, by its subject otherwise", () => {
    const notes = [{ commit: "0123456", testo: "Dati corretti nella tabella dei legami." }];
    expect(listUpdates(history, SITE, romeDay, Infinity, notes)[0]!.subject).toBe("Dati corretti nella tabella dei legami.");
    expect(listUpdates(history, SITE, romeDay, Infinity, [{ commit: "fedcba9", testo: "Un altro commit." }])[0]!.subject).toBe(
      "Dati <nuovi> & corretti",
    );
  });

  test("lists a change's chapters before its data files", () => {
    const files = [
      { path: "data/ties.csv", status: "modified" as const },
      { path: "src/content/chapters/uno.mdx", status: "modified" as const },
    ];
    const [u] = listUpdates({ state: "full", changes: [{ ...history.changes[0]!, files }] }, SITE, romeDay);
    expect(u!.items.map((i) => i.kind)).toEqual(["chapter", "data"]);
  });

  test("the feed body lists the files with absolute, escaped links", () => {
    const [u] = listUpdates(history, SITE, romeDay);
    expect(updateHtml(u!, (p) => `https://example.org/wecare/${p}?a=1&b=2`)).toBe(
      '<ul><li><a href="https://example.org/wecare/dati/ties.csv?a=1&amp;b=2">Legami delle reti (ties.csv)</a> (modificato)</li></ul>',
    );
  });
});
