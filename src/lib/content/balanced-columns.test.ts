import { describe, expect, test } from "vitest";
import { balancedColumns } from "./balanced-columns.ts";

/** Cards per row when `count` cards fill `columns` columns row by row. */
const rows = (count: number, columns: number) =>
  Array.from({ length: Math.ceil(count / columns) }, (_, i) => Math.min(columns, count - i * columns));

describe("balancedColumns(count, most)", () => {
  test.each([
    [5, 4, 3],
    [4, 4, 4],
    [6, 4, 3],
    [7, 4, 4],
    [8, 4, 4],
    [9, 4, 3],
    [3, 4, 3],
    [1, 4, 1],
    [5, 2, 2],
    [5, 1, 1],
  ])("balancedColumns(%i, %i) is %i", (count, most, expected) => {
    expect(balancedColumns(count, most)).toBe(expected);
  });

  test("takes as few rows as `most` columns need, with the fullest last row any column count gives in that many rows", () => {
    for (let most = 1; most <= 6; most++) {
      for (let count = 1; count <= 30; count++) {
        const columns = balancedColumns(count, most);
        expect(columns).toBeLessThanOrEqual(most);
        const chosen = rows(count, columns);
        // As few rows as `most` columns would need...
        expect(chosen.length).toBe(Math.ceil(count / most));
        // ...and no other count of columns with that many rows fills the last one better.
        for (let c = 1; c <= most; c++) {
          const other = rows(count, c);
          if (other.length === chosen.length) expect(other.at(-1)!).toBeLessThanOrEqual(chosen.at(-1)!);
        }
      }
    }
  });

  test("a count or a limit below one gives one column", () => {
    expect(balancedColumns(0, 4)).toBe(1);
    expect(balancedColumns(5, 0)).toBe(1);
  });
});
