// Writes the image exports of every declared chart, and the Open Graph images of
// the pages, into a built site (src/lib/export/write-exports.ts says which files,
// and how they are cached). scripts/build.ts does the same in its own process;
// this script is for making or checking the exports alone.
// A chart that fails to export stops it: exit code 1 and one line naming the
// chart and the reason. Logs one line per chart to stderr.
// Usage: node scripts/exports.ts <site-dir>
import { resolve } from "node:path";
import { ExportError, writeExports } from "../src/lib/export/write-exports.ts";

const site = process.argv[2];
if (!site) {
  process.stderr.write("usage: node scripts/exports.ts <site-dir>\n");
  process.exit(2);
}
const log = (msg: string) => process.stderr.write(`${msg}\n`);
try {
  writeExports(resolve(import.meta.dirname, ".."), site, log);
} catch (error) {
  if (!(error instanceof ExportError)) throw error;
  log(error.message);
  process.exit(1);
}
