import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { atomFeed } from "../../lib/content/atom.ts";
import { fallbackDate, reportUpdates, updateHtml } from "../../lib/content/history.ts";
import { SITE } from "../../lib/content/site.ts";
import { withBase } from "../../lib/content/url.ts";

// The updates page as an Atom feed: the same changes, newest first, dated by
// git (never by the clock) so that two builds of one commit are byte-identical.
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const abs = (path: string) => new URL(withBase(base, path), site).href;
  const chapters = (await getCollection("chapters")).map((c) => ({ slug: c.id, title: c.data.title }));
  const { updates } = reportUpdates(chapters, 50);
  const page = abs("aggiornamenti/");
  const xml = atomFeed({
    id: abs("aggiornamenti/feed.xml"),
    title: `Aggiornamenti · ${SITE.shortTitle}`,
    subtitle: "Le modifiche ai capitoli e ai dati del rapporto.",
    updated: updates[0]?.date ?? fallbackDate(),
    self: abs("aggiornamenti/feed.xml"),
    alternate: page,
    author: SITE.publisher,
    lang: "it",
    entries: updates.map((u) => ({
      id: `${page}#${u.anchor}`,
      title: u.subject,
      updated: u.date,
      link: `${page}#${u.anchor}`,
      html: updateHtml(u, abs),
    })),
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
