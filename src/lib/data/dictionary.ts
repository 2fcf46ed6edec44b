import type { z } from "zod";
import { columnMeta, UNIT_IN_COLUMN, type ColumnMeta } from "../schemas/columns.ts";
import type { DatasetDef } from "../schemas/datasets.ts";
import { vocabularyLabels } from "../schemas/vocabularies.ts";

/** One column of a dataset as the data page lists it. */
export interface DictionaryColumn {
  /** The column name, as in the CSV header. */
  name: string;
  /** Type, unit and whether it may be empty, in Italian: "numero intero (abitanti)", "testo, facoltativo". */
  kind: string;
  /** What the column means (Italian). */
  description: string;
  /** Allowed values, each with the Italian label the site shows for it when the vocabulary has one. */
  values?: readonly { code: string; label?: string }[];
}

/**
 * The type line of a column. A unit that only points at another column
 * (UNIT_IN_COLUMN) is left out: the description says so.
 */
export function columnKind(meta: ColumnMeta): string {
  const unit = meta.unit && meta.unit !== UNIT_IN_COLUMN ? ` (${meta.unit})` : "";
  return `${meta.type}${unit}${meta.optional ? ", facoltativo" : ""}`;
}

/** The columns of a dataset, in CSV order, with what the data page says about each. */
export function dictionaryColumns(def: DatasetDef): DictionaryColumn[] {
  return Object.entries(def.schema.shape as Record<string, z.ZodType>).map(([name, schema]) => {
    const meta = columnMeta(schema);
    const labels = meta.values && vocabularyLabels(meta.values);
    return {
      name,
      kind: columnKind(meta),
      description: meta.description,
      ...(meta.values && { values: meta.values.map((code) => (labels?.[code] ? { code, label: labels[code] } : { code })) }),
    };
  });
}

/**
 * Splits text that marks code with backticks (as rule descriptions do,
 * "Se `wave` vale `3`…") into plain and code pieces, in order.
 */
export function codeSpans(text: string): { text: string; code: boolean }[] {
  return text
    .split("`")
    .map((piece, i) => ({ text: piece, code: i % 2 === 1 }))
    .filter((p) => p.text !== "");
}
