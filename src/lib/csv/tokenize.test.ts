import { describe, expect, test } from "vitest";
import { formatIssue } from "./issue.ts";
import { tokenizeCsv } from "./tokenize.ts";

/** Records as [line, [value@line:column, …]] for compact assertions. */
function shape(text: string) {
  const { records, issues } = tokenizeCsv(text, "t.csv");
  return {
    records: records.map((r) => [r.line, r.fields.map((f) => `${f.value}@${f.line}:${f.column}`)]),
    issues: issues.map(formatIssue),
  };
}

describe("tokenizeCsv", () => {
  test("plain fields with their line and column", () => {
    expect(shape("a,bb,c\n1,22,\n")).toEqual({
      records: [
        [1, ["a@1:1", "bb@1:3", "c@1:6"]],
        [2, ["1@2:1", "22@2:3", "@2:6"]],
      ],
      issues: [],
    });
  });

  test("the last line may lack a newline", () => {
    expect(shape("a,b\n1,2").records).toEqual([
      [1, ["a@1:1", "b@1:3"]],
      [2, ["1@2:1", "2@2:3"]],
    ]);
  });

  test("a byte-order mark is dropped and does not shift columns", () => {
    expect(shape("\uFEFFa,b\n1,2\n").records).toEqual([
      [1, ["a@1:1", "b@1:3"]],
      [2, ["1@2:1", "2@2:3"]],
    ]);
  });

  test("Windows line endings give the same records as Unix ones", () => {
    expect(shape("a,b\r\n1,2\r\n")).toEqual(shape("a,b\n1,2\n"));
    expect(shape('a,"x\r\ny"\r\n1,2\r\n')).toEqual(shape('a,"x\ny"\n1,2\n'));
  });

  test("blank lines are skipped but still counted", () => {
    expect(shape("a,b\n\n\n1,2\n\r\n3,4").records).toEqual([
      [1, ["a@1:1", "b@1:3"]],
      [4, ["1@4:1", "2@4:3"]],
      [6, ["3@6:1", "4@6:3"]],
    ]);
  });

  test("quoted fields: commas, doubled quotes and newlines; later lines keep their numbers", () => {
    const text = 'id,text\n1,"uno, due"\n2,"lei disse ""ciao"""\n3,"riga\nsu due righe",\n4,fine\n';
    const { records, issues } = tokenizeCsv(text, "t.csv");
    expect(issues).toEqual([]);
    expect(records.map((r) => r.fields.map((f) => f.value))).toEqual([
      ["id", "text"],
      ["1", "uno, due"],
      ["2", 'lei disse "ciao"'],
      ["3", "riga\nsu due righe", ""],
      ["4", "fine"],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4, 6]);
    // The empty field after the multi-line one starts on line 5, column 15.
    expect(records[3]?.fields[2]).toEqual({ value: "", line: 5, column: 15 });
  });

  test("an empty quoted field is an empty string", () => {
    expect(shape('a,"",c\n').records).toEqual([[1, ["a@1:1", "@1:3", "c@1:6"]]]);
  });

  test("an unclosed quote is reported where it opens, not read silently to the end", () => {
    expect(shape('a,b\n1,"due\n3,4\n')).toMatchInlineSnapshot(`
      {
        "issues": [
          "t.csv:2:3 quoted field is never closed; expected a closing " before the end of the file.
          hint: add the missing " (a literal quote inside a quoted field is written "")",
        ],
        "records": [
          [
            1,
            [
              "a@1:1",
              "b@1:3",
            ],
          ],
          [
            2,
            [
              "1@2:1",
              "due
      3,4
      @2:3",
            ],
          ],
        ],
      }
    `);
  });

  test("text after a closing quote is reported", () => {
    expect(shape('a,b\n1,"due"x,3\n').issues).toMatchInlineSnapshot(`
      [
        "t.csv:2:8 text after the closing quote of a field (found "x").
          hint: put the whole field inside the quotes",
      ]
    `);
  });

  test("an empty text has no records", () => {
    expect(shape("")).toEqual({ records: [], issues: [] });
    expect(shape("\uFEFF")).toEqual({ records: [], issues: [] });
  });
});
