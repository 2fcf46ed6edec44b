import { describe, expect, test } from "vitest";
import type { z } from "zod";
import { col, columnMeta } from "./columns.ts";

/** Parses one cell; returns the value, or the issues as "message | hint". */
function cell(schema: z.ZodType, raw: string): unknown {
  const r = schema.safeParse(raw);
  if (r.success) return { ok: r.data };
  return {
    issues: r.error.issues.map((i) => {
      const params = (i as { params?: { hint?: string } }).params;
      return params?.hint ? `${i.message} | ${params.hint}` : i.message;
    }),
  };
}

describe("numbers", () => {
  const amount = col.amount("d", "euro");
  const optionalAmount = col.optionalAmount("d", "euro");
  const count = col.count("d", "abitanti");
  const optionalCount = col.optionalCount("d", "comuni");

  test("international format is read", () => {
    expect(cell(amount, "867617.14")).toEqual({ ok: 867617.14 });
    expect(cell(amount, "0")).toEqual({ ok: 0 });
    expect(cell(amount, " 42 ")).toEqual({ ok: 42 });
    expect(cell(amount, "0.125")).toEqual({ ok: 0.125 });
    expect(cell(count, "643111")).toEqual({ ok: 643111 });
  });

  test("Italian format is rejected with a hint, in required and optional columns alike", () => {
    const expected = { issues: ["number written in Italian format | write 867617.14"] };
    expect(cell(amount, "867.617,14")).toEqual(expected);
    expect(cell(optionalAmount, "867.617,14")).toEqual(expected);
    expect(cell(amount, "6,4")).toEqual({ issues: ["number written in Italian format | write 6.4"] });
    expect(cell(optionalCount, "1.234")).toEqual({ issues: ["number written in Italian format | write 1234"] });
    expect(cell(count, "154.325")).toEqual({ issues: ["number written in Italian format | write 154325"] });
  });

  test("other bad numbers", () => {
    expect(cell(amount, "circa 6 milioni")).toEqual({ issues: ["not a number"] });
    expect(cell(amount, "")).toEqual({ issues: ["not a number"] });
    expect(cell(amount, "-1")).toEqual({ issues: ["negative number"] });
    expect(cell(optionalAmount, "-1")).toEqual({ issues: ["negative number"] });
    expect(cell(count, "3.5")).toEqual({ issues: ["not a whole number"] });
    expect(cell(amount, "1e6")).toEqual({ issues: ["not a number"] });
  });

  test("an empty optional cell is undefined", () => {
    expect(cell(optionalAmount, "")).toEqual({ ok: undefined });
    expect(cell(optionalCount, "")).toEqual({ ok: undefined });
    expect(cell(optionalCount, "46")).toEqual({ ok: 46 });
  });
});

describe("vocabularies", () => {
  const oneOf = col.oneOf(["dichiarato", "dedotto"], "d");
  const optionalOneOf = col.optionalOneOf(["dichiarato", "dedotto"], "d");
  const listOf = col.listOf(["casa", "lavoro", "comunita"], "d");

  test("one value of a list", () => {
    expect(cell(oneOf, "dedotto")).toEqual({ ok: "dedotto" });
    expect(cell(oneOf, "Dedotto")).toEqual({ issues: ["not an allowed value"] });
    expect(cell(optionalOneOf, "")).toEqual({ ok: undefined });
    // Not a bare "Invalid input": the optional wrapper keeps the inner message.
    expect(cell(optionalOneOf, "forse")).toEqual({ issues: ["not an allowed value"] });
  });

  test("several values separated by ;", () => {
    expect(cell(listOf, "casa;lavoro")).toEqual({ ok: ["casa", "lavoro"] });
    expect(cell(listOf, "casa ; comunita")).toEqual({ ok: ["casa", "comunita"] });
    expect(cell(listOf, "casa;scuola;sport")).toEqual({ issues: ['not an allowed value: "scuola", "sport"'] });
    expect(cell(listOf, "casa,lavoro")).toEqual({ issues: ['not an allowed value: "casa,lavoro"'] });
    expect(cell(listOf, "casa;casa")).toEqual({ issues: ['value listed twice: "casa"'] });
    expect(cell(listOf, "casa;")).toEqual({ issues: ['not an allowed value: ""'] });
    expect(cell(listOf, "")).toEqual({ issues: ["empty cell"] });
  });

  test("booleans", () => {
    const bool = col.bool("d");
    expect(cell(bool, "true")).toEqual({ ok: true });
    expect(cell(bool, "false")).toEqual({ ok: false });
    expect(cell(bool, "sì")).toEqual({ issues: ["not a boolean"] });
    expect(cell(bool, "TRUE")).toEqual({ issues: ["not a boolean"] });
  });
});

describe("dates keep the precision of the source", () => {
  const date = col.date("d");
  const optionalDate = col.optionalDate("d");

  test.each(["2016", "2016-09", "2017-05-22", "2020-02-29"])("accepts %s as written", (s) => {
    expect(cell(date, s)).toEqual({ ok: s });
  });

  test.each(["2017-02-30", "2017-13", "2019-02-29", "22/05/2017", "2017-5", "17", "2017-05-22T00:00", ""])(
    "rejects %j",
    (s) => {
      expect(cell(date, s)).toEqual({ issues: ["not a valid date"] });
    },
  );

  test("optional dates", () => {
    expect(cell(optionalDate, "")).toEqual({ ok: undefined });
    expect(cell(optionalDate, "2021-04")).toEqual({ ok: "2021-04" });
    expect(cell(optionalDate, "aprile 2021")).toEqual({ issues: ["not a valid date"] });
  });
});

describe("text and identifiers", () => {
  test("required text rejects empty and blank cells", () => {
    const text = col.text("d");
    expect(cell(text, "Tabella 1")).toEqual({ ok: "Tabella 1" });
    expect(cell(text, "")).toEqual({ issues: ["empty cell"] });
    expect(cell(text, "   ")).toEqual({ issues: ["empty cell"] });
    expect(cell(col.sourceRef(), "")).toEqual({ issues: ["empty cell"] });
  });

  test("optional text", () => {
    expect(cell(col.optionalText("d"), "")).toEqual({ ok: undefined });
    expect(cell(col.optionalText("d"), "Consorzio")).toEqual({ ok: "Consorzio" });
  });

  test("identifiers are lowercase kebab-case", () => {
    const id = col.id("d");
    expect(cell(id, "al-cissaca")).toEqual({ ok: "al-cissaca" });
    expect(cell(id, "measure1-funding")).toEqual({ ok: "measure1-funding" });
    for (const bad of ["Al-Cissaca", "al_cissaca", "al--cissaca", "-al", "al cissaca", ""]) {
      expect(cell(id, bad), bad).toEqual({ issues: ["not a valid identifier"] });
    }
  });
});

describe("column metadata", () => {
  test("every builder attaches ColumnMeta, optional ones say so", () => {
    const builders: [z.ZodType, boolean][] = [
      [col.id("d"), false],
      [col.text("d"), false],
      [col.optionalText("d"), true],
      [col.amount("d", "euro"), false],
      [col.optionalAmount("d", "euro"), true],
      [col.count("d", "u"), false],
      [col.optionalCount("d", "u"), true],
      [col.oneOf(["a"], "d"), false],
      [col.optionalOneOf(["a"], "d"), true],
      [col.listOf(["a"], "d"), false],
      [col.bool("d"), false],
      [col.date("d"), false],
      [col.optionalDate("d"), true],
      [col.sourceRef(), false],
    ];
    for (const [schema, optional] of builders) {
      const meta = columnMeta(schema);
      expect(meta.description).not.toBe("");
      expect(meta.expected).not.toBe("");
      expect(Boolean(meta.optional)).toBe(optional);
    }
    expect(columnMeta(col.amount("d", "euro")).unit).toBe("euro");
    expect(columnMeta(col.listOf(["a", "b"], "d")).values).toEqual(["a", "b"]);
  });

  test("a schema not made by a builder is refused", () => {
    expect(() => columnMeta(col.id("d").optional())).toThrow(/no ColumnMeta/);
  });
});
