import { Resvg } from "@resvg/resvg-js";
import { assertFontFiles, EXPORT_FONT, exportFontFiles } from "./fonts.ts";
import { pngSize } from "./png.ts";

export { exportFontFiles };

/**
 * Rasterises an SVG to a PNG exactly `width` pixels wide (the height follows the
 * aspect ratio) with the export font only: system fonts are never loaded, so the
 * pixels are the same on any machine. Throws if a font file is missing (resvg
 * itself would silently draw no text).
 */
export function rasterize(svg: string, width: number, fontFiles: string[] = exportFontFiles()): Buffer {
  assertFontFiles(fontFiles);
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: EXPORT_FONT, sansSerifFamily: EXPORT_FONT },
    background: "#ffffff",
  });
  const png = resvg.render().asPng();
  const size = pngSize(png);
  if (size.width !== width) throw new Error(`rasterised PNG is ${size.width}×${size.height} px, expected ${width} px wide`);
  return png;
}
