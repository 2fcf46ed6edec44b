import { execFileSync } from "node:child_process";

/** The last commit that touched a file: date (ISO, UTC) and short hash. */
export interface LastCommit {
  date: string;
  hash: string;
  subject: string;
}

/**
 * The last commit that touched `file` (relative to `cwd`), from git history.
 * Returns undefined when there is no history to ask — not a git checkout, git
 * missing, a file never committed — so the page can say the date is unknown
 * instead of inventing one. A shallow clone knows only its own commit: callers
 * pass `shallow` from `isShallow` and treat such dates as unknown too.
 */
export function lastCommit(file: string, cwd = process.cwd()): LastCommit | undefined {
  try {
    const out = execFileSync("git", ["log", "-1", "--format=%cI%x00%h%x00%s", "--", file], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    if (!out) return undefined;
    const [date, hash, subject] = out.split("\0") as [string, string, string];
    return { date: new Date(date).toISOString(), hash, subject };
  } catch {
    return undefined;
  }
}

/** True when `cwd` is a shallow clone, whose history cannot date files. */
export function isShallow(cwd = process.cwd()): boolean {
  try {
    return execFileSync("git", ["rev-parse", "--is-shallow-repository"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() === "true";
  } catch {
    return false;
  }
}
