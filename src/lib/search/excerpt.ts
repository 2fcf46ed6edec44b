/** A run of excerpt text, highlighted (`mark`) where it matches the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the character references an HTML-escaped text may contain; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Splits a Pagefind excerpt into plain-text runs. Pagefind escapes the page
 * text and adds only `<mark>…</mark>` around matches; this keeps those marks
 * and turns everything else into text, so the page can build the excerpt with
 * text nodes and never parses it as HTML: any other tag shows as literal text.
 */
export function excerptSegments(excerpt: string): Segment[] {
  const out: Segment[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === "<mark>") mark = true;
    else if (part === "</mark>") mark = false;
    else if (part) {
      const text = decodeEntities(part);
      const last = out.at(-1);
      if (last && last.mark === mark) last.text += text;
      else out.push({ text, mark });
    }
  }
  return out;
}

/** What the live region announces: "3 risultati per «casa»", "1 risultato…", "Nessun risultato…". */
export function resultsMessage(count: number, query: string): string {
  const q = `«${query}»`;
  if (count === 0) return `Nessun risultato per ${q}.`;
  return `${count} ${count === 1 ? "risultato" : "risultati"} per ${q}.`;
}

/** Reads the query from a page's search string ("?q=casa+di+comunità"); empty when absent. */
export function queryFrom(search: string): string {
  return (new URLSearchParams(search).get("q") ?? "").trim();
}
