import { describe, expect, test } from "vitest";
import { figureLabel, numberFigures, TYPED_NUMBER } from "./figure-numbers.ts";

describe("numberFigures(kinds, chapterNumber)", () => {
  test("counts figures and tables apart, in reading order, after the chapter's number", () => {
    expect(numberFigures(["figure", "table", "figure", "figure"], "2")).toEqual(["2.1", "2.1", "2.2", "2.3"]);
  });

  test("keeps every level of a section's number", () => {
    expect(numberFigures(["figure", "figure"], "3.1")).toEqual(["3.1.1", "3.1.2"]);
  });

  test("counts from 1 in a chapter without a number", () => {
    expect(numberFigures(["table", "figure", "figure"])).toEqual(["1", "1", "2"]);
  });

  test("gives nothing to a chapter with no figure", () => {
    expect(numberFigures([], "4")).toEqual([]);
  });
});

test("figureLabel(kind, number) is what readers see: «Figura 2.1», «Tabella 2.1»", () => {
  expect(figureLabel("figure", "2.1")).toBe("Figura 2.1");
  expect(figureLabel("table", "3.1.1")).toBe("Tabella 3.1.1");
});

test("TYPED_NUMBER recognises a number typed at the start of a caption, not a word in it", () => {
  expect(TYPED_NUMBER.test("Tabella 1. I quattro casi studio")).toBe(true);
  expect(TYPED_NUMBER.test("Fig. 2 Il ciclo")).toBe(true);
  expect(TYPED_NUMBER.test("I quattro casi studio")).toBe(false);
  expect(TYPED_NUMBER.test("Tabella dei finanziamenti")).toBe(false);
});
