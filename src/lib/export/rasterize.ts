import { Resvg } from "@resvg/resvg-js";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { EXPORT_FONT } from "./slide.ts";

const require = createRequire(import.meta.url);

/** The TTF files of the export font, from the npm package (no system fonts: same pixels on every machine). */
export function exportFontFiles(): string[] {
  const dir = dirname(require.resolve("@expo-google-fonts/source-sans-3/package.json"));
  const files = ["400Regular/SourceSans3_400Regular.ttf", "600SemiBold/SourceSans3_600SemiBold.ttf", "700Bold/SourceSans3_700Bold.ttf"].map((f) =>
    join(dir, f),
  );
  for (const f of files) if (!existsSync(f)) throw new Error(`export font missing: ${f} (npm install brings @expo-google-fonts/source-sans-3)`);
  return files;
}

/** Rasterises an SVG to a PNG of exactly `width` pixels wide (height follows the aspect ratio). */
export function rasterize(svg: string, width: number, fontFiles: string[] = exportFontFiles()): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: EXPORT_FONT, sansSerifFamily: EXPORT_FONT },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}
