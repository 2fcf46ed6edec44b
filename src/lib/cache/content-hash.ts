import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

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
    for (const file of walk(join(root, folder))) {
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

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== "__snapshots__" && name !== "__fixtures__") out.push(...walk(p));
    } else out.push(p);
  }
  return out;
}
