import type { ChartDecl } from "../charts/types.ts";
import type { Data } from "../schemas/datasets.ts";
import { chartSlide } from "./chart-slide.ts";
import { chartFiles } from "./files.ts";
import { pngSize } from "./png.ts";
import { rasterize } from "./rasterize.ts";

/** One file of a chart's exports: its site-relative path and its bytes. */
export interface ExportFile {
  path: string;
  bytes: Buffer;
}

/**
 * The slide SVG and the PNGs of one chart, each PNG checked to have exactly its
 * declared size. Any failure (a chart that does not render, a missing font)
 * throws one error that names the chart and says why.
 */
export function exportChart(chart: ChartDecl, data: Data, fontFiles: string[]): { svg: string; files: ExportFile[] } {
  try {
    const svg = chartSlide(chart, data);
    const paths = chartFiles(chart.id);
    const files: ExportFile[] = [{ path: paths.svg, bytes: Buffer.from(svg) }];
    for (const png of paths.png) {
      const bytes = rasterize(svg, png.width, fontFiles);
      const size = pngSize(bytes);
      if (size.height !== png.height) throw new Error(`${png.path} is ${size.width}×${size.height} px, expected ${png.width}×${png.height}`);
      files.push({ path: png.path, bytes });
    }
    return { svg, files };
  } catch (error) {
    throw new Error(`export of chart "${chart.id}" failed: ${(error as Error).message}`, { cause: error });
  }
}
