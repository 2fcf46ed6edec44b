import { basename, resolve } from "node:path";
import { escapeXml } from "../format/escape.ts";
import { DATASETS } from "../schemas/datasets.ts";
import { gitLog, romeDay } from "./git-dates.ts";
import { PATHS } from "./paths.ts";
import type { UpdateNote } from "../schemas/chapter.ts";
import { noteText, readUpdateNotes } from "./update-notes.ts";

export type ChangeStatus = "added" | "modified" | "deleted";

/** One commit that touched the report's chapters or data. */
export interface Change {
  hash: string;
  /** Committer date, ISO 8601 in UTC. */
  date: string;
  subject: string;
  /** Files it touched, relative to the project root, in git's (alphabetical) order. */
  files: { path: string; status: ChangeStatus }[];
}

export interface History {
  /** Newest first. */
  changes: Change[];
  /**
   * "full": the whole history; "shallow": a shallow clone, older changes are
   * missing; "none": no history to read (no git, no checkout, no commits).
   */
  state: "full" | "shallow" | "none";
}

const RECORD = "\x1e";
const FIELD = "\x1f";
/** The `git log` arguments `parseLog` reads. Merges are left out: their changes appear as the commits they merge. */
export const LOG_ARGS = ["log", "--no-merges", "--no-renames", "--relative", "--name-status", `--format=${RECORD}%H${FIELD}%cI${FIELD}%s`];

const STATUS: Record<string, ChangeStatus> = { A: "added", M: "modified", D: "deleted", T: "modified" };

/** Parses the output of `git LOG_ARGS`: one record per commit, then its `X<TAB>path` lines. */
export function parseLog(text: string): Change[] {
  const changes: Change[] = [];
  for (const record of text.split(RECORD).slice(1)) {
    const [header = "", ...lines] = record.split("\n");
    const [hash = "", date = "", subject = ""] = header.split(FIELD);
    const files = lines.flatMap((line) => {
      const m = /^([A-Z])\d*\t(.+)$/.exec(line);
      return m ? [{ path: m[2]!, status: STATUS[m[1]!] ?? "modified" }] : [];
    });
    changes.push({ hash, date: new Date(date).toISOString(), subject, files });
  }
  return changes;
}

/**
 * The commits that touched `paths` (files or folders relative to `cwd`),
 * newest first. Everything comes from git, never from the clock, so two builds
 * of the same commit list the same changes. In a shallow clone the oldest
 * commit would appear to add every file, so it is dropped and the state says
 * "shallow".
 */
export function readHistory(paths: readonly string[], cwd = process.cwd()): History {
  const log = gitLog([...LOG_ARGS, "--", ...paths], cwd);
  if (log === undefined) return { changes: [], state: "none" };
  const { out, boundary } = log;
  const changes = parseLog(out)
    .filter((c) => !boundary.has(c.hash))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return { changes, state: boundary.size > 0 ? "shallow" : "full" };
}

// The check before the build, the updates page and its feed read the same history in
// one build process: git is asked once. A build is a short-lived process, so a commit
// made meanwhile is seen by the next one (`astro dev` sees it after a restart).
const reportHistories = new Map<string, History>();

/** readHistory of the report's chapters and data, read once per process and folder. */
export function reportHistory(cwd = process.cwd()): History {
  const key = `${resolve(cwd)}\0${PATHS.chapters}\0${PATHS.data}`;
  let history = reportHistories.get(key);
  if (!history) {
    history = readHistory([PATHS.chapters, PATHS.data], cwd);
    reportHistories.set(key, history);
  }
  return history;
}

/**
 * The date a feed with no entries says it was updated: the date of the commit
 * being built, else SOURCE_DATE_EPOCH (the reproducible-builds convention),
 * else the Unix epoch. Never the clock, so builds stay byte-identical.
 */
export function fallbackDate(cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  const head = gitLog(["log", "-1", "--format=%cI"], cwd)?.out.trim();
  if (head) return new Date(head).toISOString();
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return new Date(Number.isFinite(epoch) ? epoch * 1000 : 0).toISOString();
}

/** What a reader is shown for a changed file. */
export interface ChangedItem {
  label: string;
  /** Path of its page or download inside the site ("analisi/", "dati/ties.csv"); none for files no longer published. */
  href?: string;
  kind: "chapter" | "data" | "other";
  status: ChangeStatus;
}

export interface PublishedFiles {
  /** Folder of the chapters, relative to the project root (PATHS.chapters). */
  chaptersDir: string;
  /** Folder of the data files (PATHS.data). */
  dataDir: string;
  /** Title of each chapter, by slug. */
  chapters: ReadonlyMap<string, string>;
  /** Title of each published dataset, by file name ("ties.csv"). */
  datasets: ReadonlyMap<string, string>;
}

/** What this build publishes: its chapters (slug and title) and every dataset of DATASETS. */
export function publishedFiles(chapters: readonly { slug: string; title: string }[]): PublishedFiles {
  return {
    chaptersDir: PATHS.chapters,
    dataDir: PATHS.data,
    chapters: new Map(chapters.map((c) => [c.slug, c.title])),
    datasets: new Map(Object.values(DATASETS).map((d) => [d.file, d.title])),
  };
}

/** Maps the files a change touched to chapter pages and data downloads. */
export function describeFiles(files: Change["files"], site: PublishedFiles): ChangedItem[] {
  const inDir = (path: string, dir: string) => path.startsWith(`${dir.replace(/^\.\/|\/$/g, "")}/`);
  return files.map(({ path, status }): ChangedItem => {
    const name = basename(path);
    if (inDir(path, site.chaptersDir) && name.endsWith(".mdx")) {
      const slug = name.slice(0, -".mdx".length);
      const title = site.chapters.get(slug);
      return title ? { label: title, href: `${slug}/`, kind: "chapter", status } : { label: name, kind: "chapter", status };
    }
    if (inDir(path, site.dataDir)) {
      const title = site.datasets.get(name);
      if (title) return { label: `${title} (${name})`, href: `dati/${name}`, kind: "data", status };
      if (name === "README.md") return { label: "Dizionario dei dati", href: "dati/", kind: "data", status };
      return { label: name, kind: "data", status };
    }
    return { label: path, kind: "other", status };
  });
}

/** The anchor of a change on the updates page; also the stable part of its feed entry id. */
export function changeAnchor(change: Pick<Change, "hash">): string {
  return `modifica-${change.hash.slice(0, 12)}`;
}

export const STATUS_LABEL: Record<ChangeStatus, string> = {
  added: "nuovo",
  modified: "modificato",
  deleted: "eliminato",
};

const KIND_ORDER: readonly ChangedItem["kind"][] = ["chapter", "data", "other"];

/** One entry of the updates page and feed. */
export interface Update {
  anchor: string;
  hash: string;
  /** ISO 8601 instant (UTC). */
  date: string;
  /** Calendar day in Rome, "2024-03-05". */
  day: string;
  /** What readers are told: the commit's note in updates.yaml, else its subject. */
  subject: string;
  items: ChangedItem[];
}

/**
 * The entries of the updates page and feed, newest first, at most `limit`; a
 * commit with a note in `notes` (updates.yaml) is described by the note.
 */
export function listUpdates(
  history: History,
  site: PublishedFiles,
  day: (iso: string) => string,
  limit = Infinity,
  notes: readonly UpdateNote[] = [],
): Update[] {
  return history.changes.slice(0, limit).map((c) => ({
    anchor: changeAnchor(c),
    hash: c.hash,
    date: c.date,
    day: day(c.date),
    subject: noteText(notes, c.hash) ?? c.subject,
    // Chapters first, then data, then anything else; git's alphabetical order within each.
    items: describeFiles(c.files, site).sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)),
  }));
}

/**
 * What the updates page and its feed show for this build's report: the commits
 * that changed its chapters or data, described by their notes in updates.yaml
 * where they have one, newest first, at most `limit`; how many there are in
 * all; and how much history there was.
 */
export function reportUpdates(
  chapters: readonly { slug: string; title: string }[],
  limit: number,
  cwd = process.cwd(),
): { state: History["state"]; updates: Update[]; total: number } {
  const history = reportHistory(cwd);
  const { notes } = readUpdateNotes(cwd, PATHS.updates);
  return {
    state: history.state,
    updates: listUpdates(history, publishedFiles(chapters), romeDay, limit, notes),
    total: history.changes.length,
  };
}

/** The HTML body of a feed entry: the files it touched, linked with `href` (which makes URLs absolute). */
export function updateHtml(update: Update, href: (path: string) => string): string {
  const li = update.items.map((i) => {
    const label = i.href ? `<a href="${escapeXml(href(i.href))}">${escapeXml(i.label)}</a>` : escapeXml(i.label);
    return `<li>${label} (${STATUS_LABEL[i.status]})</li>`;
  });
  return `<ul>${li.join("")}</ul>`;
}
