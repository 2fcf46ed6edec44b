import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Writes `file` (and its folder) through a temporary file and a rename, so that a
 * reader, another build at the same time or a crash never sees half of it.
 */
export function writeWhole(file: string, data: string | Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/**
 * Makes the folder `dir` whole: `fill` writes its files into a temporary folder,
 * which then replaces `dir`, so that a reader, another build or a crash never
 * sees half of it.
 */
export function writeWholeFolder(dir: string, fill: (tmp: string) => void): void {
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(dirname(tmp), { recursive: true });
  fill(tmp);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
}
