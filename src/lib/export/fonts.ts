import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The font exports are drawn with; shipped as TTF in @expo-google-fonts/source-sans-3. */
export const EXPORT_FONT = "Source Sans 3";

/** Weights the slides use, and their file in the npm package. */
export const FONT_WEIGHTS = { 400: "400Regular/SourceSans3_400Regular.ttf", 600: "600SemiBold/SourceSans3_600SemiBold.ttf", 700: "700Bold/SourceSans3_700Bold.ttf" } as const;
export type FontWeight = keyof typeof FONT_WEIGHTS;

const require = createRequire(import.meta.url);

/**
 * The TTF file of one weight of the export font, from the npm package: no system
 * fonts, so the PNGs have the same pixels on every machine.
 */
export function exportFontFile(weight: FontWeight): string {
  const dir = dirname(require.resolve("@expo-google-fonts/source-sans-3/package.json"));
  return join(dir, FONT_WEIGHTS[weight]);
}

/** Every TTF file of the export font; throws naming the first one that is missing. */
export function exportFontFiles(): string[] {
  const files = (Object.keys(FONT_WEIGHTS) as unknown as FontWeight[]).map((w) => exportFontFile(Number(w) as FontWeight));
  assertFontFiles(files);
  return files;
}

/** Throws `export font missing: <path> (…)` for the first file that does not exist. */
export function assertFontFiles(files: readonly string[]): void {
  if (files.length === 0) throw new Error("no export font given (expected the TTF files of @expo-google-fonts/source-sans-3)");
  for (const f of files) {
    if (!existsSync(f)) throw new Error(`export font missing: ${f} (expected a TTF file; npm install brings @expo-google-fonts/source-sans-3)`);
  }
}
