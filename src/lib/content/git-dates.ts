import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { hashParts } from "../cache/content-hash.ts";
import { cacheDirs } from "../cache/dirs.ts";
import { writeWhole } from "../cache/write-whole.ts";

/** The last commit that touched a file. */
export interface LastCommit {
  /** Committer date, ISO 8601 in UTC ("2024-03-05T09:00:00.000Z"). */
  date: string;
  /** Full commit hash. */
  hash: string;
  subject: string;
  /** The file's path from the repository root (for links to its history on the forge). */
  path: string;
}

/**
 * Runs git in `cwd` and returns its standard output, or undefined when git is
 * missing, `cwd` is not in a checkout, or the command fails (e.g. no commits yet).
 */
export function git(args: readonly string[], cwd: string): string | undefined {
  try {
    return execFileSync("git", ["-c", "core.quotePath=false", ...args], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/**
 * The commits at the edge of a shallow clone: git shows them as if they added
 * every file, so they cannot date anything. Empty for a full clone.
 */
export function shallowBoundary(cwd = process.cwd()): ReadonlySet<string> {
  const path = git(["rev-parse", "--git-path", "shallow"], cwd)?.trim();
  return path ? boundaryIn(resolve(cwd, path)) : new Set();
}

function boundaryIn(shallowFile: string): ReadonlySet<string> {
  try {
    return new Set(readFileSync(shallowFile, "utf8").split("\n").filter(Boolean));
  } catch {
    return new Set();
  }
}

/** What `git log` shows in `cwd`, with what reading it needs to know about the checkout. */
export interface Log {
  /** git's standard output. */
  out: string;
  /** The path of `cwd` from the repository root ("" at the root, "src/" below it). */
  prefix: string;
  /** shallowBoundary(cwd). */
  boundary: ReadonlySet<string>;
}

/**
 * Runs a `git log` (`args` start with "log") in `cwd`, or reads its output from
 * .tmp/cache/git/, where an earlier build stored it for the same commit. A log
 * shows only committed history, so it is the same for as long as the commit
 * checked out (HEAD), the shallow boundary, the folder and the arguments are:
 * the key is made of these, and one `git rev-parse` (a few milliseconds) finds
 * them instead of a `git log` that takes longer as history grows. Undefined
 * when git cannot answer, as for git().
 */
export function gitLog(args: readonly string[], cwd: string): Log | undefined {
  const state = git(["rev-parse", "HEAD", "--show-prefix", "--git-path", "shallow"], cwd)?.split("\n");
  if (!state || state.length < 3) return undefined; // not a checkout, or no commit yet: nothing to log
  const [head = "", prefix = "", shallowPath = ""] = state;
  const boundary = boundaryIn(resolve(cwd, shallowPath));
  const file = join(cacheDirs(process.cwd()).git, `${hashParts([head, [...boundary].join(" "), resolve(cwd), ...args])}.txt`);
  try {
    return { out: readFileSync(file, "utf8"), prefix, boundary };
  } catch {
    // not stored yet: ask git
  }
  const out = git(args, cwd);
  if (out === undefined) return undefined;
  try {
    writeWhole(file, out);
  } catch {
    // not stored: the next build asks git again
  }
  return { out, prefix, boundary };
}

/** True when `cwd` is in a shallow clone (CI checkouts are, unless told `fetch-depth: 0`). */
export function isShallow(cwd = process.cwd()): boolean {
  return git(["rev-parse", "--is-shallow-repository"], cwd)?.trim() === "true";
}

/**
 * The last commit that touched `file` (relative to `cwd`), from git history.
 * Returns undefined when history cannot say — not a git checkout, git missing,
 * a file never committed, or a shallow clone whose oldest commit is the only
 * one that touches the file (the real last change may be older) — so the page
 * can say the date is unknown instead of inventing one. Never reads the clock:
 * two builds of the same commit give the same answer.
 */
export function lastCommit(file: string, cwd = process.cwd()): LastCommit | undefined {
  return folderLog(dirname(file), cwd).get(file.replace(/^\.\//, "")) ?? undefined;
}

// One `git log` per folder and process, not one per file: a report of hundreds of
// chapters would otherwise spawn git hundreds of times per build. Builds are
// short-lived processes, so a commit made meanwhile is seen by the next build.
const folderLogs = new Map<string, Map<string, LastCommit | null>>();

/** The last commit of every file under `dir` (paths relative to `cwd`); null where history cannot date it. */
function folderLog(dir: string, cwd: string): Map<string, LastCommit | null> {
  const key = `${resolve(cwd)}\0${dir}`;
  let files = folderLogs.get(key);
  if (files) return files;
  files = new Map();
  folderLogs.set(key, files);
  const log = gitLog(["log", "--format=%x01%H%x00%cI%x00%s", "--name-only", "--relative", "--", dir], cwd);
  if (!log) return files;
  const { out, prefix, boundary } = log;
  for (const chunk of out.split("\x01").slice(1)) {
    const [header = "", ...names] = chunk.split("\n");
    const [hash, date, subject] = header.split("\0") as [string, string, string];
    for (const name of names.filter(Boolean)) {
      if (files.has(name)) continue; // newest first: the first commit listed is the last change
      files.set(name, boundary.has(hash) ? null : { hash, date: new Date(date).toISOString(), subject, path: `${prefix}${name}` });
    }
  }
  return files;
}

/**
 * The calendar day of an instant in Rome ("2024-03-05"), whatever the build
 * machine's time zone: a commit at 00:30 Italian time belongs to that day, not
 * to the previous one in UTC.
 */
export function romeDay(iso: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome", year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(iso),
  );
}
