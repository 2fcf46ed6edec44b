import { z } from "zod";

/**
 * Column builders for CSV schemas. Each returns a zod schema that takes the raw
 * cell text and yields a typed value, and carries `ColumnMeta` (through zod's
 * `.meta()`), from which the data dictionary and the error messages are made.
 * So a column is described exactly once.
 */
/** The unit of a value column whose unit is given row by row, in another column. */
export const UNIT_IN_COLUMN = "vedi colonna unit";

export interface ColumnMeta {
  /** What the column means (Italian, for the data dictionary). */
  description: string;
  /** Human type name (Italian), e.g. "numero", "testo", "identificativo". */
  type: string;
  /** Unit, e.g. "€", "abitanti". */
  unit?: string;
  /** Allowed values, for enumerations. */
  values?: readonly string[];
  /** True when the cell may be left empty. */
  optional?: boolean;
  /** What a valid value looks like, for error messages. */
  expected: string;
}

const metaKey = "column";

function withMeta<T extends z.ZodType>(schema: T, meta: ColumnMeta): T {
  return schema.meta({ [metaKey]: meta }) as T;
}

/** Reads the ColumnMeta attached by a builder. */
export function columnMeta(schema: z.ZodType): ColumnMeta {
  const meta = z.globalRegistry.get(schema)?.[metaKey] as ColumnMeta | undefined;
  if (!meta) throw new Error("column schema has no ColumnMeta (use the builders in columns.ts)");
  return meta;
}

// A leading 0 is never a thousands group, so "0.125" is read as a decimal.
const ITALIAN_NUMBER = /^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$|^-?\d+,\d+$/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Parses a number written the international way (`867617.14`).
 * Italian formatting (`867.617,14`) is rejected with a hint rather than guessed:
 * `1.234` would be ambiguous (one thousand two hundred, or one point two).
 */
function numberFromCell(min: number | undefined, integer: boolean) {
  return z.string().transform((raw, ctx) => {
    const s = raw.trim();
    if (ITALIAN_NUMBER.test(s)) {
      ctx.addIssue({
        code: "custom",
        message: "number written in Italian format",
        params: {
          expected: "a dot for decimals and no thousands separator, e.g. 867617.14",
          hint: `write ${s.replace(/\./g, "").replace(",", ".")}`,
        },
      });
      return z.NEVER;
    }
    if (!PLAIN_NUMBER.test(s)) {
      ctx.addIssue({
        code: "custom",
        message: "not a number",
        params: { expected: integer ? "a whole number, e.g. 154325" : "a number, e.g. 867617.14" },
      });
      return z.NEVER;
    }
    const value = Number(s);
    if (integer && !Number.isInteger(value)) {
      ctx.addIssue({ code: "custom", message: "not a whole number", params: { expected: "a whole number" } });
      return z.NEVER;
    }
    if (min !== undefined && value < min) {
      ctx.addIssue({
        code: "custom",
        message: min === 0 ? "negative number" : `number below ${min}`,
        params: { expected: `a number ≥ ${min}` },
      });
      return z.NEVER;
    }
    return value;
  });
}

/**
 * An empty cell yields `undefined`; anything else must satisfy `schema`.
 * (Not a `z.union`: when every branch fails, a union reports a bare "Invalid
 * input" and loses the inner message, expected value and hint.)
 */
function optional<T extends z.ZodType<unknown, string>>(schema: T) {
  return z.string().transform((raw, ctx): z.output<T> | undefined => {
    if (raw === "") return undefined;
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const params = (issue as { params?: Record<string, unknown> }).params;
      ctx.addIssue({ code: "custom", message: issue.message, ...(params ? { params } : {}) });
    }
    return z.NEVER;
  });
}

const required = () => z.string().refine((s) => s.trim() !== "", { message: "empty cell" });

const DATE_TYPE = "data (AAAA, AAAA-MM o AAAA-MM-GG)";
const DATE_EXPECTED = "YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017-05-22";

export const col = {
  /** Lowercase kebab-case identifier, unique where the dataset says so. */
  id(description: string) {
    return withMeta(
      z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "not a valid identifier" }),
      { description, type: "identificativo", expected: "lowercase letters, digits and hyphens, e.g. csa-alba" },
    );
  },
  /** Free text (required). */
  text(description: string) {
    return withMeta(required(), { description, type: "testo", expected: "some text" });
  },
  /** Free text that may be empty. */
  optionalText(description: string) {
    return withMeta(optional(z.string()), { description, type: "testo", optional: true, expected: "text or empty" });
  },
  /** Non-negative number. */
  amount(description: string, unit: string) {
    return withMeta(numberFromCell(0, false), { description, type: "numero", unit, expected: "a number ≥ 0" });
  },
  optionalAmount(description: string, unit: string) {
    return withMeta(optional(numberFromCell(0, false)), {
      description,
      type: "numero",
      unit,
      optional: true,
      expected: "a number ≥ 0 or empty",
    });
  },
  /** Non-negative whole number. */
  count(description: string, unit: string) {
    return withMeta(numberFromCell(0, true), { description, type: "numero intero", unit, expected: "a whole number ≥ 0" });
  },
  optionalCount(description: string, unit: string) {
    return withMeta(optional(numberFromCell(0, true)), {
      description,
      type: "numero intero",
      unit,
      optional: true,
      expected: "a whole number ≥ 0 or empty",
    });
  },
  /** One of a fixed list of values. */
  oneOf<const V extends readonly [string, ...string[]]>(values: V, description: string) {
    return withMeta(z.enum(values, { message: "not an allowed value" }), {
      description,
      type: "valore da elenco",
      values,
      expected: `one of ${values.join(", ")}`,
    });
  },
  optionalOneOf<const V extends readonly [string, ...string[]]>(values: V, description: string) {
    return withMeta(optional(z.enum(values, { message: "not an allowed value" })), {
      description,
      type: "valore da elenco",
      values,
      optional: true,
      expected: `one of ${values.join(", ")}, or empty`,
    });
  },
  /** One or more values of a fixed list, separated by `;` (e.g. `casa;lavoro`). */
  listOf<const V extends readonly [string, ...string[]]>(values: V, description: string) {
    return withMeta(
      z.string().transform((raw, ctx): V[number][] => {
        const items = raw.split(";").map((s) => s.trim());
        const bad = items.filter((s) => !(values as readonly string[]).includes(s));
        if (raw.trim() === "" || bad.length > 0) {
          ctx.addIssue({
            code: "custom",
            message: raw.trim() === "" ? "empty cell" : `not an allowed value: ${bad.map((b) => JSON.stringify(b)).join(", ")}`,
          });
          return z.NEVER;
        }
        const twice = items.filter((s, i) => items.indexOf(s) !== i);
        if (twice.length > 0) {
          ctx.addIssue({ code: "custom", message: `value listed twice: ${JSON.stringify(twice[0])}` });
          return z.NEVER;
        }
        return items as V[number][];
      }),
      {
        description,
        type: "elenco di valori separati da «;»",
        values,
        expected: `one or more of ${values.join(", ")}, separated by ;`,
      },
    );
  },
  /** `true` or `false`. */
  bool(description: string) {
    return withMeta(
      z.enum(["true", "false"], { message: "not a boolean" }).transform((s) => s === "true"),
      { description, type: "booleano", values: ["true", "false"], expected: "true or false" },
    );
  },
  /** ISO date `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, kept as text with its precision. */
  date(description: string) {
    return withMeta(isoDate(), { description, type: DATE_TYPE, expected: DATE_EXPECTED });
  },
  optionalDate(description: string) {
    return withMeta(optional(isoDate()), {
      description,
      type: DATE_TYPE,
      optional: true,
      expected: `${DATE_EXPECTED}, or empty`,
    });
  },
  /** Where in the source document the row comes from. Required on every row. */
  sourceRef() {
    return withMeta(required(), {
      description: "Dove si trova il dato nella fonte (capitolo/paragrafo, tabella, nota o slide).",
      type: "testo",
      expected: "a reference to the source, e.g. “cap. 3.2” or “slide «La Misura 1»”",
    });
  },
};

function isoDate() {
  return z.string().refine(
    (s) => {
      const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
      if (!m) return false;
      const month = m[2] ? Number(m[2]) : 1;
      const day = m[3] ? Number(m[3]) : 1;
      const d = new Date(Date.UTC(Number(m[1]), month - 1, day));
      return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
    },
    { message: "not a valid date" },
  );
}
