import { expect, test } from "vitest";
import { displayAliases } from "./glossary-aliases.ts";

test("displayAliases leaves out forms the term already shows and repeats that differ only in capitals", () => {
  expect(displayAliases("Discontinuità", ["discontinuità"])).toEqual([]);
  expect(displayAliases("FSE – Fondo Sociale Europeo", ["Fondo Sociale Europeo", "FSE"])).toEqual([]);
  expect(displayAliases("Ente gestore", ["enti gestori", "Ente gestore", "Enti gestori"])).toEqual(["enti gestori"]);
  expect(displayAliases("Magister del tutor", ["magister del tutor aziendale", "magister aziendale", "magister"])).toEqual([
    "magister del tutor aziendale",
    "magister aziendale",
  ]);
  expect(displayAliases("Mutuo trasporto")).toEqual([]);
});
