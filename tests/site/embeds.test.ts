// Embed pages, their oEmbed responses and the embed snippet: for every declared
// chart, /embed/<id>/ shows the chart alone, links back to its chapter, names
// the chapter as its canonical page, and points to an oEmbed JSON whose html is
// the iframe snippet that each figure and the gallery offer. An unknown id gets the site's 404 page.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CHARTS } from "../../src/lib/charts/registry.ts";
import { EMBED_MESSAGES } from "../../src/lib/embed/paths.ts";
import type { OEmbedRich } from "../../src/lib/embed/oembed.ts";
import { DIST, readPage, requireDist, SITE_BASE, chapterOf } from "../helpers/site.ts";
import { serveDir, type Served } from "../helpers/serve.ts";

requireDist();
const charts = CHARTS.map((c) => [c.id, c] as const);
/** A site-absolute href → the file it names in dist/. */
const fileOf = (href: string) => {
  const path = new URL(href, "http://x/").pathname;
  expect(path.startsWith(SITE_BASE), `${href} is under ${SITE_BASE}`).toBe(true);
  const rel = decodeURIComponent(path.slice(SITE_BASE.length));
  return join(DIST, rel.endsWith("/") || rel === "" ? `${rel}index.html` : rel);
};

function embedOf(id: string) {
  const doc = readPage(`embed/${id}/index.html`);
  // og:url is the embed's own absolute address (its canonical link names the chapter).
  const self = doc.querySelector('meta[property="og:url"]')!.getAttribute("content")!;
  const discovery = doc.querySelector('link[rel="alternate"][type="application/json+oembed"]');
  return { doc, self, discovery };
}

describe.each(charts)("embed page of %s", (id, chart) => {
  test("shows the chart alone: title as h1, the SVG, legend, source and data table, no site chrome", () => {
    const { doc } = embedOf(id);
    expect(doc.querySelector("h1")?.textContent?.trim()).toBe(chart.title);
    const figure = doc.querySelector(`figure#fig-${id}`)!;
    expect(figure.querySelector(".chart-body svg")).not.toBeNull();
    expect(figure.querySelector(".chart-source")?.textContent).toContain(chart.source);
    expect(figure.querySelector("details.data-table table")).not.toBeNull();
    expect(doc.querySelector(".site-header, .sidebar, .site-footer, nav")).toBeNull();
  });

  test("links to its chapter at the figure, and to the CSV", () => {
    const { doc } = embedOf(id);
    const back = [...doc.querySelectorAll(".embed-links a")].map((a) => a.getAttribute("href")!);
    const chapterLink = back.find((h) => h.endsWith(`#fig-${id}`))!;
    expect(chapterLink).toBe(`${SITE_BASE}${chapterOf(chart.id)}/#fig-${id}`);
    expect(readPage(`${chapterOf(chart.id)}/index.html`).getElementById(`fig-${id}`)).not.toBeNull();
    const csv = back.find((h) => h.endsWith(".csv"))!;
    expect(existsSync(fileOf(csv)), csv).toBe(true);
  });

  test("sends search engines to its chapter, and stays out of the site search", () => {
    const { doc, self } = embedOf(id);
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href");
    expect(canonical).toBe(new URL(`${SITE_BASE}${chapterOf(chart.id)}/`, self).href);
    expect(readPage(`${chapterOf(chart.id)}/index.html`).querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(canonical);
    expect(doc.querySelector('meta[name="robots"]')).toBeNull();
    expect(doc.querySelector("[data-pagefind-body]")).toBeNull();
  });

  test("runs no inline script or style (the page's CSP forbids them)", () => {
    const html = readFileSync(join(DIST, `embed/${id}/index.html`), "utf8");
    const { document } = parseHTML(html);
    expect([...document.querySelectorAll("script")].filter((s) => !s.getAttribute("src"))).toHaveLength(0);
    expect(document.querySelectorAll("style, [style]")).toHaveLength(0);
  });

  test("has an oEmbed discovery link to a valid rich response whose html is the iframe snippet", () => {
    const { self, discovery } = embedOf(id);
    expect(discovery, "oEmbed discovery link").not.toBeNull();
    const href = discovery!.getAttribute("href")!;
    expect(href).toBe(new URL("oembed.json", self).href);
    const json = JSON.parse(readFileSync(fileOf(href), "utf8")) as OEmbedRich;
    expect(json).toMatchObject({ version: "1.0", type: "rich", title: chart.title });
    expect(json.provider_name.length).toBeGreaterThan(0);
    expect(json.width).toBeGreaterThanOrEqual(280);
    expect(json.height).toBeGreaterThan(200);
    const { document } = parseHTML(`<body>${json.html}</body>`);
    const iframe = document.querySelector("iframe")!;
    expect(iframe.getAttribute("src")).toBe(self);
    expect(iframe.getAttribute("title")).toContain(chart.title);
    expect(Number(iframe.getAttribute("height"))).toBe(json.height);
    expect(document.querySelector("script")!.getAttribute("src")).toBe(new URL(`${SITE_BASE}embed.js`, self).href);
    expect(existsSync(fileOf(json.thumbnail_url!))).toBe(true);
  });

  test("its snippet is the one offered under the figure in the chapter and in the gallery", () => {
    const { discovery } = embedOf(id);
    const json = JSON.parse(readFileSync(fileOf(discovery!.getAttribute("href")!), "utf8")) as OEmbedRich;
    const inChapter = readPage(`${chapterOf(chart.id)}/index.html`).getElementById(`embed-code-${id}`);
    const inGallery = readPage("grafici/index.html").getElementById(`embed-code-${id}`);
    // linkedom's textContent of a textarea keeps the entities; the browser decodes them.
    const text = (el: Element | null) => parseHTML(`<p>${el?.innerHTML ?? ""}</p>`).document.querySelector("p")!.textContent;
    expect(text(inChapter)).toBe(json.html);
    expect(text(inGallery)).toBe(json.html);
  });
});

describe("the resizer script", () => {
  test("is served at embed.js and listens for the messages embed pages send", () => {
    const js = readFileSync(join(DIST, "embed.js"), "utf8");
    expect(js).toContain(`"${EMBED_MESSAGES.height}"`);
    expect(js).toContain(`"${EMBED_MESSAGES.ping}"`);
  });
});

describe("an unknown chart id", () => {
  let site: Served;
  beforeAll(async () => {
    site = await serveDir(DIST, SITE_BASE);
  });
  afterAll(async () => {
    await site?.close();
  });

  test("gets the site's 404 page, as a static host serves it", async () => {
    const response = await fetch(`${site.url}embed/nessun-grafico/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Pagina non trovata");
  });

  test("the 404 page lists every chart with a link to its embed page", () => {
    const links = [...readPage("404.html").querySelectorAll("main a")].map((a) => a.getAttribute("href"));
    for (const c of CHARTS) expect(links, c.id).toContain(`${SITE_BASE}embed/${c.id}/`);
  });
});
