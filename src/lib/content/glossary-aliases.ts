/**
 * The other forms of a glossary term worth showing next to it ("anche: …"):
 * an alias the term already contains ("FSE" in "FSE – Fondo Sociale Europeo",
 * "Discontinuità" in "Discontinuità") or that repeats another one but for its
 * capitals tells the reader nothing. Order kept, first spelling wins.
 */
export function displayAliases(term: string, aliases: readonly string[] = []): string[] {
  const inTerm = term.toLocaleLowerCase("it");
  const seen = new Set<string>();
  return aliases.filter((alias) => {
    const key = alias.trim().toLocaleLowerCase("it");
    if (!key || inTerm.includes(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
