import { describe, expect, test } from "vitest";
import type { z } from "zod";
import { columnMeta } from "./columns.ts";
import { DATASETS, type DatasetDef, type DatasetName } from "./datasets.ts";
import * as vocabularies from "./vocabularies.ts";

const entries = Object.entries(DATASETS) as [DatasetName, DatasetDef][];

describe("dataset definitions", () => {
  test("file names are unique CSV files", () => {
    const files = entries.map(([, d]) => d.file);
    expect(new Set(files).size).toBe(files.length);
    for (const f of files) expect(f).toMatch(/^[a-z-]+\.csv$/);
  });

  test.each(entries)("%s: every column carries ColumnMeta, and there is a source_ref", (_, def) => {
    const shape = def.schema.shape as Record<string, z.ZodType>;
    for (const [name, schema] of Object.entries(shape)) {
      expect(() => columnMeta(schema), name).not.toThrow();
      expect(name).toMatch(/^[a-z_]+$/);
    }
    expect(Object.keys(shape)).toContain("source_ref");
    expect(def.title).not.toBe("");
    expect(def.description).not.toBe("");
  });

  test.each(entries)("%s: key and reference columns exist", (_, def) => {
    const columns = Object.keys(def.schema.shape);
    expect(def.key.length).toBeGreaterThan(0);
    for (const k of def.key) expect(columns).toContain(k);
    for (const ref of def.refs ?? []) {
      expect(columns).toContain(ref.column);
      const target = DATASETS[ref.dataset] as DatasetDef;
      expect(Object.keys(target.schema.shape)).toContain(ref.key);
      // A reference must point at something unique.
      expect(target.key).toEqual([ref.key]);
      if (ref.sameCase) {
        expect(columns).toContain("case_id");
        expect(Object.keys(target.schema.shape)).toContain("case_id");
      }
    }
  });

  test("a column marked optional accepts an empty cell, a required one refuses it", () => {
    for (const [name, def] of entries) {
      const shape = def.schema.shape as Record<string, z.ZodType>;
      for (const [column, schema] of Object.entries(shape)) {
        const meta = columnMeta(schema);
        expect(schema.safeParse("").success, `${name}.${column}`).toBe(Boolean(meta.optional));
      }
    }
  });
});

describe("vocabularies", () => {
  const pairs: [readonly string[], Record<string | number, string>][] = [
    [vocabularies.ACTOR_TYPES, vocabularies.ACTOR_TYPE_LABEL],
    [vocabularies.POLICY_AREAS, vocabularies.POLICY_AREA_LABEL],
    [vocabularies.COVID_EFFECTS, vocabularies.COVID_EFFECT_LABEL],
    [vocabularies.DISCONTINUITY_KINDS, vocabularies.DISCONTINUITY_KIND_LABEL],
    [vocabularies.CHANGE_ELEMENTS, vocabularies.CHANGE_ELEMENT_LABEL],
    [vocabularies.BASES, vocabularies.BASIS_LABEL],
    [vocabularies.WAVES, vocabularies.WAVE_LABEL],
    [vocabularies.TIMELINE_KINDS, vocabularies.TIMELINE_KIND_LABEL],
  ];

  test.each(pairs)("every value of %j has exactly one Italian label", (values, labels) => {
    expect(new Set(values).size).toBe(values.length);
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const v of values) expect(labels[v]).toMatch(/\S/);
  });

  test("values are lowercase kebab-case, as written in the CSV files", () => {
    for (const [values] of pairs) for (const v of values) expect(v).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const v of vocabularies.CASE_IDS) expect(v).toMatch(/^[a-z]+$/);
  });
});

describe("vocabularyLabels(values)", () => {
  test("finds the labels of a labelled vocabulary by its list of values", () => {
    expect(vocabularies.vocabularyLabels(vocabularies.COVID_EFFECTS)).toBe(vocabularies.COVID_EFFECT_LABEL);
    expect(vocabularies.vocabularyLabels(vocabularies.WAVES)?.["2"]).toBe("2ª rilevazione (attuazione)");
  });

  test("finds none for a list without labels, or for part of a vocabulary", () => {
    expect(vocabularies.vocabularyLabels(vocabularies.CASE_IDS)).toBeUndefined();
    expect(vocabularies.vocabularyLabels(["true", "false"])).toBeUndefined();
    expect(vocabularies.vocabularyLabels(vocabularies.BASES.slice(0, 1))).toBeUndefined();
  });
});
