// Temporary git repositories for the tests of git-dates.ts and history.ts.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const IDENTITY = {
  GIT_AUTHOR_NAME: "Redazione",
  GIT_AUTHOR_EMAIL: "redazione@example.org",
  GIT_COMMITTER_NAME: "Redazione",
  GIT_COMMITTER_EMAIL: "redazione@example.org",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
};

export interface TempRepo {
  dir: string;
  git: (...args: string[]) => string;
  /** Writes the files and commits them with a fixed author and committer date. */
  commit: (date: string, subject: string, files: Record<string, string | null>) => string;
  remove: () => void;
}

/** A fresh directory; with `init`, a git repository with no commits. */
export function tempRepo(init = true): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), "wecare-git-"));
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: dir, encoding: "utf8", env: { ...process.env, ...IDENTITY }, stdio: ["ignore", "pipe", "pipe"] });
  if (init) git("init", "-q", "-b", "main");
  return {
    dir,
    git,
    commit(date, subject, files) {
      for (const [path, text] of Object.entries(files)) {
        if (text === null) {
          git("rm", "-q", path);
          continue;
        }
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
        git("add", path);
      }
      execFileSync("git", ["commit", "-q", "-m", subject], {
        cwd: dir,
        env: { ...process.env, ...IDENTITY, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      });
      return git("rev-parse", "HEAD").trim();
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A shallow clone of `repo` with the last `depth` commits, in a new temp directory. */
export function shallowClone(repo: TempRepo, depth: number): TempRepo {
  const clone = tempRepo(false);
  execFileSync("git", ["clone", "-q", "--depth", String(depth), `file://${repo.dir}`, clone.dir], {
    env: { ...process.env, ...IDENTITY },
    stdio: "ignore",
  });
  return clone;
}
