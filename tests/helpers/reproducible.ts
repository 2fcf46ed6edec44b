import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { listFiles } from "./site.ts";

const ROOT = resolve(import.meta.dirname, "../..");

/** sha256 of every file under `dir`, by relative path, in sorted order. */
export function hashTree(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir).map((f) => [
      f,
      createHash("sha256")
        .update(readFileSync(join(dir, f)))
        .digest("hex"),
    ]),
  );
}

/** Differences between two trees of hashes: files only in one of them, and files whose bytes differ. */
export function diffTrees(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [file, hash] of a) {
    if (!b.has(file)) out.push(`only in the first build: ${file}`);
    else if (b.get(file) !== hash) out.push(`differs: ${file}`);
  }
  for (const file of b.keys()) if (!a.has(file)) out.push(`only in the second build: ${file}`);
  return out.sort();
}

/**
 * Runs the real build (scripts/build.ts, which takes the build lock) into
 * `outDir` (relative to the project root), after removing what was there.
 * Throws with the build's output when it fails.
 */
export function buildInto(outDir: string, env: NodeJS.ProcessEnv = {}): string {
  const target = resolve(ROOT, outDir);
  rmSync(target, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [join(ROOT, "scripts/build.ts")], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env, DIST_DIR: outDir },
  });
  if (r.status !== 0) throw new Error(`build into ${outDir} failed (exit ${r.status}):\n${r.stderr.slice(-4000)}`);
  return target;
}
