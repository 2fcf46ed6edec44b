import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeWhole } from "./write-whole.ts";

/** Where the project records which report Astro's content store was last filled from. */
export const LAST_SOURCES = join(".tmp", "last-build-sources.json");

/**
 * Empties Astro's content store (.astro/, node_modules/.astro/) under `root` when
 * it was filled from another report than the one `env` names (REPORT_CONTENT_DIR,
 * REPORT_DATA_DIR: a test fixture, the benchmark's synthetic report). For an
 * entry whose content did not change, the store keeps the file it first came
 * from: after a build of another report, a chapter would be compiled from that
 * report's copy, and the build would fail once that copy is gone. Returns true
 * when it emptied the store.
 */
export function forgetOtherReport(root: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const sources = JSON.stringify([env.REPORT_CONTENT_DIR ?? "", env.REPORT_DATA_DIR ?? ""]);
  const last = join(root, LAST_SOURCES);
  if (existsSync(last) && readFileSync(last, "utf8") === sources) return false;
  for (const dir of [".astro", "node_modules/.astro"]) rmSync(join(root, dir), { recursive: true, force: true });
  writeWhole(last, sources);
  return true;
}
