import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";

/** sha256 hex of the given parts, in order. */
export function hashParts(parts: readonly (string | Buffer)[]): string {
  const h = createHash("sha256");
  for (const p of parts) {
    h.update(String(typeof p === "string" ? p.length : p.byteLength));
    h.update(":");
    h.update(p);
  }
  return h.digest("hex");
}

/** Folders of test data beside the code, which draws nothing. */
const NOT_CODE = ["__snapshots__", "__fixtures__"];

/**
 * A hash of the code that draws charts: every .ts file under the given folders but
 * tests and test helpers, by path and content, plus the versions of the libraries
 * that render.
 * Conservative on purpose: any change to chart, network, format or export code
 * invalidates every cached chart, so a cache hit can never show stale output.
 */
export function codeHash(root: string, folders: readonly string[], packages: readonly string[]): string {
  const parts: string[] = [];
  for (const folder of folders) {
    for (const file of filesUnder(join(root, folder), (p) => NOT_CODE.includes(basename(p)))) {
      // Tests and the helpers only tests import (test-helpers.ts) draw nothing.
      if (!file.endsWith(".ts") || file.endsWith(".test.ts") || file.endsWith("test-helpers.ts")) continue;
      parts.push(relative(root, file), readFileSync(file, "utf8"));
    }
  }
  for (const pkg of packages) {
    try {
      const json = JSON.parse(readFileSync(join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string };
      parts.push(pkg, json.version);
    } catch {
      parts.push(pkg, "missing");
    }
  }
  return hashParts(parts);
}

/**
 * Every file under `dir`, as full paths, in a fixed order (by name, folder by
 * folder), leaving out the folders `skip` says no to.
 */
export function filesUnder(dir: string, skip: (folder: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!skip(p)) out.push(...filesUnder(p, skip));
    } else out.push(p);
  }
  return out;
}
