import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gitLog, isShallow, lastCommit, romeDay, shallowBoundary } from "./git-dates.ts";
import { shallowClone, tempRepo, type TempRepo } from "./git-test-helpers.ts";

describe("lastCommit(file, cwd) with a full history", () => {
  let repo: TempRepo;
  let first: string;
  let second: string;
  beforeAll(() => {
    repo = tempRepo();
    first = repo.commit("2024-03-05T09:00:00+01:00", "Primo capitolo", {
      "src/content/chapters/uno.mdx": "uno\n",
      "src/content/chapters/due.mdx": "due\n",
    });
    second = repo.commit("2024-04-10T23:30:00+02:00", "Rivisto il capitolo due", { "src/content/chapters/due.mdx": "due, rivisto\n" });
    repo.commit("2024-05-01T12:00:00Z", "Dati", { "data/ties.csv": "a,b\n" });
  });
  afterAll(() => repo.remove());

  test("returns the committer date (UTC), hash and subject of the last commit that touched the file", () => {
    expect(lastCommit("src/content/chapters/uno.mdx", repo.dir)).toEqual({
      hash: first,
      date: "2024-03-05T08:00:00.000Z",
      subject: "Primo capitolo",
      path: "src/content/chapters/uno.mdx",
    });
    expect(lastCommit("src/content/chapters/due.mdx", repo.dir)).toMatchObject({ hash: second, date: "2024-04-10T21:30:00.000Z" });
  });

  test("gives the path from the repository root when run in a subfolder", () => {
    expect(lastCommit("chapters/due.mdx", join(repo.dir, "src/content"))?.path).toBe("src/content/chapters/due.mdx");
  });

  test("returns undefined for a file never committed", () => {
    writeFileSync(join(repo.dir, "nuovo.mdx"), "x");
    expect(lastCommit("nuovo.mdx", repo.dir)).toBeUndefined();
    expect(lastCommit("non-esiste.mdx", repo.dir)).toBeUndefined();
  });

  test("a full clone has no shallow boundary", () => {
    expect(isShallow(repo.dir)).toBe(false);
    expect(shallowBoundary(repo.dir).size).toBe(0);
  });

  describe("in a shallow clone", () => {
    let clone: TempRepo;
    beforeAll(() => {
      clone = shallowClone(repo, 2);
    });
    afterAll(() => clone.remove());

    test("dates a file whose last change is inside the clone's history", () => {
      expect(isShallow(clone.dir)).toBe(true);
      expect(lastCommit("data/ties.csv", clone.dir)?.date).toBe("2024-05-01T12:00:00.000Z");
    });

    test("returns undefined for a file only the boundary commit shows, since the real change may be older", () => {
      // The boundary commit (the second one) looks as if it added every file.
      expect(shallowBoundary(clone.dir)).toEqual(new Set([second]));
      expect(lastCommit("src/content/chapters/uno.mdx", clone.dir)).toBeUndefined();
      expect(lastCommit("src/content/chapters/due.mdx", clone.dir)).toBeUndefined();
    });
  });
});

describe("lastCommit(file, cwd) without history", () => {
  test("returns undefined in a repository with no commits", () => {
    const repo = tempRepo();
    writeFileSync(join(repo.dir, "a.mdx"), "a");
    expect(lastCommit("a.mdx", repo.dir)).toBeUndefined();
    expect(isShallow(repo.dir)).toBe(false);
    repo.remove();
  });

  test("returns undefined outside any git checkout (a tarball)", () => {
    const dir = tempRepo(false);
    writeFileSync(join(dir.dir, "a.mdx"), "a");
    expect(lastCommit("a.mdx", dir.dir)).toBeUndefined();
    expect(shallowBoundary(dir.dir).size).toBe(0);
    dir.remove();
  });
});

describe("gitLog(args, cwd): git log, kept by commit", () => {
  const SUBJECTS = ["log", "--format=%s"];
  let repo: TempRepo;
  beforeAll(() => {
    repo = tempRepo();
    repo.commit("2024-03-05T09:00:00+01:00", "Primo", { "a.mdx": "a\n" });
    repo.commit("2024-03-06T09:00:00+01:00", "Secondo", { "a.mdx": "a, rivisto\n" });
  });
  afterAll(() => repo.remove());

  test("gives git's own output, the same when asked again at the same commit", () => {
    const first = gitLog(SUBJECTS, repo.dir);
    expect(first).toEqual({ out: repo.git(...SUBJECTS), prefix: "", boundary: new Set() });
    expect(gitLog(SUBJECTS, repo.dir)).toEqual(first);
  });

  test("a new commit is in the next log: the stored one belongs to the old commit", () => {
    gitLog(SUBJECTS, repo.dir);
    repo.commit("2024-03-07T09:00:00+01:00", "Terzo", { "a.mdx": "a, ancora\n" });
    expect(gitLog(SUBJECTS, repo.dir)?.out).toBe("Terzo\nSecondo\nPrimo\n");
  });

  test("a shallow clone made deeper shows the older commits, at the same commit", () => {
    const clone = shallowClone(repo, 1);
    try {
      expect(gitLog(SUBJECTS, clone.dir)?.out).toBe("Terzo\n");
      clone.git("fetch", "-q", "--deepen=1");
      expect(gitLog(SUBJECTS, clone.dir)).toMatchObject({ out: "Terzo\nSecondo\n", boundary: new Set([clone.git("rev-parse", "HEAD~1").trim()]) });
    } finally {
      clone.remove();
    }
  });

  test("says where in the repository it ran", () => {
    mkdirSync(join(repo.dir, "src"), { recursive: true });
    expect(gitLog(SUBJECTS, join(repo.dir, "src"))?.prefix).toBe("src/");
  });

  test("is undefined where git cannot answer: no commit yet, or no checkout", () => {
    const empty = tempRepo();
    const plain = tempRepo(false);
    try {
      expect(gitLog(SUBJECTS, empty.dir)).toBeUndefined();
      expect(gitLog(SUBJECTS, plain.dir)).toBeUndefined();
    } finally {
      empty.remove();
      plain.remove();
    }
  });
});

describe("romeDay(iso)", () => {
  test("gives the calendar day in Rome, not in UTC or the machine's zone", () => {
    expect(romeDay("2024-04-10T22:30:00.000Z")).toBe("2024-04-11");
    expect(romeDay("2024-01-10T22:30:00.000Z")).toBe("2024-01-10");
    expect(romeDay("2024-01-10T23:30:00.000Z")).toBe("2024-01-11");
  });
});
