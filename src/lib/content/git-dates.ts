import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

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
  if (!path) return new Set();
  try {
    return new Set(readFileSync(resolve(cwd, path), "utf8").split("\n").filter(Boolean));
  } catch {
    return new Set();
  }
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
  const out = git(["log", "-1", "--format=%H%x00%cI%x00%s", "--", file], cwd)?.trim();
  if (!out) return undefined;
  const [hash, date, subject] = out.split("\0") as [string, string, string];
  if (shallowBoundary(cwd).has(hash)) return undefined;
  const path = git(["ls-files", "--full-name", "--", file], cwd)?.split("\n")[0] || file;
  return { hash, date: new Date(date).toISOString(), subject, path };
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
