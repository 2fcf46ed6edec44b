import { escapeXml } from "../format/escape.ts";

export interface AtomEntry {
  /** A permanent IRI: the same entry keeps the same id in every build. */
  id: string;
  title: string;
  /** ISO 8601 instant. */
  updated: string;
  /** Absolute URL of the entry's page. */
  link: string;
  /** Entry content as HTML (escaped into the feed as `type="html"`). */
  html?: string;
}

export interface AtomFeed {
  /** A permanent IRI of the feed; its own absolute URL is the usual choice. */
  id: string;
  title: string;
  subtitle?: string;
  /** ISO 8601 instant: the newest entry's date, or a date derived from the source (never the clock). */
  updated: string;
  /** Absolute URL of the feed itself (rel="self"). */
  self: string;
  /** Absolute URL of the HTML page with the same content (rel="alternate"). */
  alternate: string;
  /** Feed-level author: Atom requires one when entries have none. */
  author: string;
  lang: string;
  entries: readonly AtomEntry[];
}

/**
 * Serialises an Atom 1.0 feed (RFC 4287). Pure: the same input gives the same
 * bytes, so builds stay reproducible. Every text goes through escapeXml.
 */
export function atomFeed(feed: AtomFeed): string {
  const e = escapeXml;
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.lang)}">`,
    `  <id>${e(feed.id)}</id>`,
    `  <title>${e(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${e(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${e(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.alternate)}"/>`,
    `  <author><name>${e(feed.author)}</name></author>`,
  ];
  for (const entry of feed.entries) {
    lines.push(
      `  <entry>`,
      `    <id>${e(entry.id)}</id>`,
      `    <title>${e(entry.title)}</title>`,
      `    <updated>${e(entry.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${e(entry.link)}"/>`,
      ...(entry.html ? [`    <content type="html">${e(entry.html)}</content>`] : []),
      `  </entry>`,
    );
  }
  lines.push(`</feed>`, ``);
  return lines.join("\n");
}
