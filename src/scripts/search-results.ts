// Loaded by search.ts on the first search: loads Pagefind's own JS on demand
// from the built site and renders the results with DOM methods and text nodes
// (no innerHTML), so an excerpt can never inject markup.
import { withBase } from "../lib/content/url.ts";
import { excerptSegments, resultsMessage } from "../lib/search/excerpt.ts";

/** The part of Pagefind's JS API this page uses (https://pagefind.app/docs/api/). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 20;
const base = import.meta.env.BASE_URL;
const status = document.querySelector<HTMLElement>("#search-status");
const list = document.querySelector<HTMLOListElement>("#search-results");

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ withBase(base, "pagefind/pagefind.js")) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ baseUrl: base });
    await pf.init();
    return pf;
  });
  return pagefind;
}

function excerpt(text: string, className: string): HTMLParagraphElement {
  const p = document.createElement("p");
  p.className = className;
  for (const s of excerptSegments(text)) {
    if (!s.mark) p.append(s.text);
    else {
      const mark = document.createElement("mark");
      mark.textContent = s.text;
      p.append(mark);
    }
  }
  return p;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = text;
  return a;
}

function renderResult(r: PagefindResultData): HTMLLIElement {
  const li = document.createElement("li");
  const h2 = document.createElement("h2");
  h2.append(link(r.url, r.meta.title || r.url));
  li.append(h2, excerpt(r.excerpt, "search-excerpt"));
  // Sections of the page that match, linked to their heading's anchor.
  const sections = (r.sub_results ?? []).filter((s) => s.url.includes("#")).slice(0, 3);
  if (sections.length) {
    const ul = document.createElement("ul");
    ul.className = "search-sections";
    for (const s of sections) {
      const item = document.createElement("li");
      item.append(link(s.url, s.title), excerpt(s.excerpt, "search-excerpt"));
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

let latest = 0;
/** Runs `query` and shows its results; a newer call supersedes an older one still running. */
export async function run(query: string): Promise<void> {
  if (!status || !list) return;
  const ticket = ++latest;
  list.replaceChildren();
  if (!query) {
    status.textContent = "Scrivi una o più parole e premi «Cerca».";
    return;
  }
  status.textContent = `Ricerca di «${query}» in corso…`;
  try {
    const pf = await loadPagefind();
    const search = await pf.search(query);
    const results = await Promise.all((search?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...results.map(renderResult));
    const total = search?.results.length ?? 0;
    status.textContent =
      resultsMessage(total, query) + (total > MAX_RESULTS ? ` Sono mostrati i primi ${MAX_RESULTS}.` : "");
  } catch {
    if (ticket === latest) status.textContent = "La ricerca non è disponibile in questo momento: riprova ricaricando la pagina.";
  }
}
