import type { Data, FundingRow } from "../schemas/datasets.ts";
import type { CaseId } from "../schemas/vocabularies.ts";

/** Reading order of the cases, as in Tabella 1 and chapter 3. */
export const CASE_ORDER: readonly CaseId[] = ["alessandria", "borgomanero", "alba", "pianezza"];

export function byCaseOrder<T extends { case_id: CaseId }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => CASE_ORDER.indexOf(a.case_id) - CASE_ORDER.indexOf(b.case_id));
}

/** Display name of a case ("Alessandria"), from cases.csv. */
export function caseName(data: Data, id: CaseId): string {
  return data.cases.find((c) => c.case_id === id)?.name ?? id;
}

/** Funding per inhabitant in euro, computed (never typed in a CSV). */
export function fundingPerInhabitant(row: FundingRow): number {
  return row.funding_eur / row.population;
}

/** A programme-level fact by id; throws when the data lacks it (a chart needs it). */
export function programmeFact(data: Data, id: string) {
  const fact = data.programme.find((p) => p.id === id);
  if (!fact) throw new Error(`data/programme.csv has no row with id "${id}", which a chart needs`);
  return fact;
}

/** Sum of a numeric field. */
export function sum<T>(rows: readonly T[], value: (row: T) => number): number {
  return rows.reduce((total, r) => total + value(r), 0);
}
