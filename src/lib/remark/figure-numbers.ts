/** What a numbered element of a chapter counts as. */
export type NumberedKind = "figure" | "table";

/**
 * The chapter components that get a number, and as what: every chart and the
 * drawn policy cycle are figures, a chart's data table shown in the text is a table.
 */
export const NUMBERED_COMPONENTS: Readonly<Record<string, NumberedKind>> = {
  Chart: "figure",
  PolicyCycle: "figure",
  ChartTable: "table",
};

const WORD: Readonly<Record<NumberedKind, string>> = { figure: "Figura", table: "Tabella" };

/**
 * The numbers of a chapter's figures and tables, given their kinds in reading
 * order. Figures and tables are counted apart, from 1 in every chapter, after
 * the chapter's own number: in chapter "2" the second figure is "2.2", in
 * chapter "3.1" the first is "3.1.1". A chapter without a number counts its
 * elements on their own ("1", "2").
 */
export function numberFigures(kinds: readonly NumberedKind[], chapterNumber?: string): string[] {
  const counts: Record<NumberedKind, number> = { figure: 0, table: 0 };
  const prefix = chapterNumber ? `${chapterNumber}.` : "";
  return kinds.map((kind) => `${prefix}${++counts[kind]}`);
}

/** What readers see before the title: "Figura 2.1", "Tabella 2.1". */
export function figureLabel(kind: NumberedKind, number: string): string {
  return `${WORD[kind]} ${number}`;
}

/** A caption or title that starts with a number typed by hand ("Tabella 1. …", "Fig. 2 …"). */
export const TYPED_NUMBER = /^\s*(Figura|Fig\.|Tabella|Tab\.)\s*\d/i;

/** A number typed by hand on a numbered element, and what to do about it. */
export interface TypedNumber {
  attribute: "number" | "caption";
  value: string;
  message: string;
  expected: string;
  hint: string;
}

/**
 * The number typed by hand on a numbered element, if any: a `number` attribute,
 * or a caption that starts with "Tabella 1" / "Figura 1". One rule for the build
 * (remark-figure-numbers) and for `npm run check`.
 */
export function typedNumber(attrs: { number?: string | undefined; caption?: string | undefined }): TypedNumber | undefined {
  const expected = "no number: figures and tables are numbered automatically, per chapter and in reading order";
  if (attrs.number !== undefined) {
    return { attribute: "number", value: attrs.number, message: "figure or table number typed by hand", expected, hint: "remove the number attribute" };
  }
  if (attrs.caption !== undefined && TYPED_NUMBER.test(attrs.caption)) {
    return {
      attribute: "caption",
      value: attrs.caption,
      message: "figure or table number typed by hand",
      expected,
      hint: 'write the caption without "Tabella …" or "Figura …"',
    };
  }
  return undefined;
}
