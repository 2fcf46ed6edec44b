import { describe, expect, test } from "vitest";
import { col, columnMeta } from "../schemas/columns.ts";
import { DATASETS } from "../schemas/datasets.ts";
import { codeSpans, columnKind, dictionaryColumns } from "./dictionary.ts";

describe("columnKind(meta)", () => {
  test("names the type, the unit and whether the cell may be empty", () => {
    expect(columnKind(columnMeta(col.count("Popolazione.", "abitanti")))).toBe("numero intero (abitanti)");
    expect(columnKind(columnMeta(col.optionalText("Nota.")))).toBe("testo, facoltativo");
    expect(columnKind(columnMeta(col.optionalCount("Comuni.", "comuni")))).toBe("numero intero (comuni), facoltativo");
  });

  test("leaves out a unit that only points at another column", () => {
    expect(columnKind(columnMeta(col.amount("Valore.", "vedi colonna unit")))).toBe("numero");
  });
});

describe("dictionaryColumns(def)", () => {
  test("lists every column in CSV order", () => {
    expect(dictionaryColumns(DATASETS.ties).map((c) => c.name)).toEqual(["case_id", "from", "to", "wave", "basis", "source_ref"]);
  });

  test("gives each allowed value the label the charts show, where its vocabulary has one", () => {
    const effect = dictionaryColumns(DATASETS.interventions).find((c) => c.name === "covid_effect")!;
    expect(effect.kind).toBe("valore da elenco, facoltativo");
    expect(effect.values).toContainEqual({ code: "bloccata", label: "Non decollata" });
    expect(effect.values).toHaveLength(5);
    const wave = dictionaryColumns(DATASETS.ties).find((c) => c.name === "wave")!;
    expect(wave.values).toContainEqual({ code: "3", label: "3ª rilevazione (dopo la conclusione)" });
  });

  test("lists values without a label as bare codes, and gives no values to free columns", () => {
    const columns = dictionaryColumns(DATASETS.discontinuities);
    expect(columns.find((c) => c.name === "level")!.values).toEqual([{ code: "marcata" }, { code: "parziale" }, { code: "assente" }]);
    expect(columns.find((c) => c.name === "evidence")!.values).toBeUndefined();
  });
});

describe("codeSpans(text)", () => {
  test("marks the text between backticks as code", () => {
    expect(codeSpans("Se `wave` vale `3`, ok.")).toEqual([
      { text: "Se ", code: false },
      { text: "wave", code: true },
      { text: " vale ", code: false },
      { text: "3", code: true },
      { text: ", ok.", code: false },
    ]);
  });

  test("keeps text without backticks whole, and drops empty pieces", () => {
    expect(codeSpans("testo")).toEqual([{ text: "testo", code: false }]);
    expect(codeSpans("`a`")).toEqual([{ text: "a", code: true }]);
  });
});
