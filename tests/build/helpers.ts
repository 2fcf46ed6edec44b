// Runs the real build (scripts/build.ts) into a chosen output folder, and
// fingerprints a built tree so that two trees can be compared byte for byte.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { listFiles } from "../helpers/site.ts";

export const ROOT = resolve(import.meta.dirname, "../..");

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, as a person running the build would see them. */
  output: string;
  ms: number;
}

/**
 * Variables Vitest sets in its own process (Vite's import.meta.env, exposed as
 * process.env) that a child build would inherit: BASE_URL=/ overrides Astro's
 * `base` in import.meta.env.BASE_URL, and NODE_ENV=test, DEV=1 and MODE=test
 * change what Vite builds. Plus the variables that select another report or base.
 */
const NOT_INHERITED = ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "TEST", "REPORT_CONTENT_DIR", "REPORT_DATA_DIR", "BASE_PATH", "SITE_URL"];

/** The environment of a build run from a test: the test process's, minus what Vitest injected. */
export function buildEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !NOT_INHERITED.includes(k) && !k.startsWith("VITEST")));
  return { ...env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0", ...extra };
}

/** `npm run build` into `distDir` (relative to the project), with extra environment; see buildEnv. */
export function build(distDir: string, env: NodeJS.ProcessEnv = {}): BuildResult {
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, "scripts/build.ts")], {
    cwd: ROOT,
    encoding: "utf8",
    env: buildEnv({ ...env, DIST_DIR: distDir }),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, output: `${r.stdout}\n${r.stderr}`, ms: performance.now() - started };
}

/** sha256 of every file under `dir`, by relative path. */
export function fingerprint(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((f) => [f, createHash("sha256").update(readFileSync(join(dir, f))).digest("hex")]));
}
