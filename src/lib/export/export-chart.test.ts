import { describe, expect, test } from "vitest";
import { loadData } from "../csv/load-data.ts";
import { getChart } from "../charts/registry.ts";
import { exportChart } from "./export-chart.ts";
import { exportFontFiles } from "./fonts.ts";
import { pngSize } from "./png.ts";

const data = loadData("src/lib/charts/__fixtures__/data");

describe("exportChart(chart, data, fonts)", () => {
  test("gives the slide SVG and both PNGs at exactly their declared sizes", () => {
    const { files } = exportChart(getChart("funding-by-case"), data, exportFontFiles());
    expect(files.map((f) => f.path)).toEqual([
      "grafici/funding-by-case.svg",
      "grafici/funding-by-case-1920x1080.png",
      "grafici/funding-by-case-1200x675.png",
    ]);
    expect(pngSize(files[1]!.bytes)).toMatchObject({ width: 1920, height: 1080 });
    expect(pngSize(files[2]!.bytes)).toMatchObject({ width: 1200, height: 675 });
  });

  test("fails with the chart id and the reason when a font is missing", () => {
    expect(() => exportChart(getChart("timeline"), data, ["/nonexistent/SourceSans3_400Regular.ttf"])).toThrowErrorMatchingInlineSnapshot(
      `[Error: export of chart "timeline" failed: export font missing: /nonexistent/SourceSans3_400Regular.ttf (expected a TTF file; npm install brings @expo-google-fonts/source-sans-3)]`,
    );
  });

  test("fails with the chart id and the reason when the chart cannot be drawn", () => {
    const broken = { ...getChart("timeline"), spec: () => { throw new Error("no rows"); } };
    expect(() => exportChart(broken, data, exportFontFiles())).toThrow('export of chart "timeline" failed: no rows');
  });
});
