import { describe, expect, test } from "vitest";
import { loadData } from "../csv/load-data.ts";
import { keyFigures, kicker, projectsPeriod } from "./key-figures.ts";

// The frozen copy of data/ the chart snapshots use: figures here do not follow staff edits.
const data = loadData("src/lib/charts/__fixtures__/data");

describe("the home page's figures come from the data", () => {
  test("keyFigures formats each with its unit, says «circa» where the source does, and keeps its source", () => {
    expect(keyFigures(data).map((f) => [f.value, f.source])).toEqual([
      ["circa 6,4 milioni di\u00a0€", "Introduzione; slide «La Misura 1»"],
      ["22", "Introduzione; slide «La Misura 1»"],
      ["4", "cap. 2; slide «Le attività di valutazione»"],
      ["16", "cap. 2"],
      ["circa 42%", "slide «Il cambiamento delle reti»"],
    ]);
  });

  test("an exact figure gets no «circa»", () => {
    const exact = { ...data, programme: data.programme.map((p) => ({ ...p, approximate: false })) };
    expect(keyFigures(exact)[0]!.value).toBe("6,4 milioni di\u00a0€");
  });

  test("the kicker's years are those of the projects' period in the timeline", () => {
    expect(kicker(data)).toBe("Regione Piemonte · Programma We.Ca.Re. · 2017–2021");
    const moved = { ...data, timeline: data.timeline.map((r) => (r.id === "progetti-misura-1" ? { ...r, end: "2022-03" } : r)) };
    expect(projectsPeriod(moved)).toBe("2017–2022");
    const oneYear = { ...data, timeline: data.timeline.map((r) => (r.id === "progetti-misura-1" ? { ...r, start: "2019", end: undefined } : r)) };
    expect(projectsPeriod(oneYear)).toBe("2019");
    expect(kicker({ ...data, timeline: [] })).toBe("Regione Piemonte · Programma We.Ca.Re.");
  });
});
