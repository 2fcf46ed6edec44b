import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Writes a synthetic report of `chapters` chapters into `dir/content`, for the
 * scale benchmark: the same collections, components and chart modules as the
 * real report, two charts per chapter and a network chart every ten chapters.
 * The text is filler; the data are the real data (the caller copies data/).
 */
export function generateSyntheticReport(dir: string, chapters: number): void {
  const content = join(dir, "content");
  mkdirSync(join(content, "chapters"), { recursive: true });
  mkdirSync(join(content, "glossary"), { recursive: true });
  const paragraph =
    "Questo paragrafo di prova serve a misurare il tempo di costruzione del sito con molti capitoli; il testo non ha significato ma ha una lunghezza simile a quella di un paragrafo vero, con [un termine](glossario:termine) e una citazione ([Autore 2020](cite:autore-2020)).";
  const charts = ["funding-by-case", "timeline", "interventions-by-case", "discontinuity-matrix", "funding-per-inhabitant"];
  const networks = ["network-alessandria", "network-borgomanero", "network-alba", "network-pianezza"];
  for (let i = 1; i <= chapters; i++) {
    const slug = `capitolo-${String(i).padStart(4, "0")}`;
    const body = [
      "---",
      `title: "Capitolo di prova ${i}"`,
      `shortTitle: "Capitolo ${i}"`,
      `order: ${i}`,
      `number: "${i}"`,
      `summary: "Riassunto del capitolo di prova numero ${i}, abbastanza lungo da passare la validazione dello schema dei capitoli."`,
      "---",
      "",
      `## Prima sezione del capitolo ${i}`,
      "",
      paragraph,
      "",
      `<Chart id="${charts[i % charts.length]}" />`,
      "",
      `## Seconda sezione del capitolo ${i}`,
      "",
      paragraph,
      "",
      `<Chart id="${charts[(i + 2) % charts.length]}" />`,
      "",
      ...(i % 10 === 0 ? [`<Chart id="${networks[(i / 10) % networks.length]}" />`, ""] : []),
      `Nota finale[^1].`,
      "",
      "[^1]: Una nota a piè di pagina di prova.",
      "",
    ].join("\n");
    writeFileSync(join(content, "chapters", `${slug}.mdx`), body);
  }
  writeFileSync(
    join(content, "glossary", "termine.md"),
    '---\nterm: "Termine"\nshort: "Un termine di prova per il benchmark."\n---\nDefinizione di prova.\n',
  );
  writeFileSync(join(content, "bibliography.yaml"), "- id: autore-2020\n  authors: Autore\n  year: 2020\n");
  writeFileSync(
    join(content, "story.yaml"),
    [
      "findings:",
      '  - title: "Risultato di prova"',
      '    text: "Un risultato di prova per il benchmark della scala del sito."',
      "    chapter: capitolo-0001",
      "deck:",
      "  - chart: funding-by-case",
      '    takeaway: "Una frase di prova per la diapositiva."',
      "",
    ].join("\n"),
  );
}
