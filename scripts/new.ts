// Scaffolds a new source file with valid content, and never overwrites one.
//   npm run new:chapter -- "Titolo del capitolo"   writes <content>/chapters/<slug>.mdx
//   npm run new:term -- "Termine"                  writes <content>/glossary/<slug>.md
//   npm run new:chart -- chart-id [--dataset interventions] [--by case_id] [--no-register]
//                                                  writes src/lib/charts/<id>.ts and adds it to registry.ts
// Reads the existing chapters (for the next free order), glossary, bibliography
// and chart registry (for ids to use in examples). <content> is src/content, or
// REPORT_CONTENT_DIR. --root <dir> runs against another project tree (tests do).
// Prints the path it wrote to stdout; problems go to stderr with exit code 1.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import matter from "gray-matter";
import { parse as parseYaml } from "yaml";
import { PATHS } from "../src/lib/content/paths.ts";
import { listFiles } from "../src/lib/content/read-content.ts";
import {
  camelCase,
  chapterFile,
  chartModule,
  nextOrder,
  registerChart,
  slugify,
  termFile,
  type Examples,
} from "../src/lib/content/scaffold.ts";
import { columnMeta } from "../src/lib/schemas/columns.ts";
import { DATASETS, type DatasetName } from "../src/lib/schemas/datasets.ts";

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: "string", default: "." },
    dataset: { type: "string", default: "interventions" },
    by: { type: "string" },
    "no-register": { type: "boolean", default: false },
  },
});
const [kind, ...words] = positionals;
const name = words.join(" ").trim();
const root = resolve(opts.root);

function fail(message: string, hint?: string): never {
  process.stderr.write(`new ${kind ?? ""}: ${message}\n${hint ? `    hint: ${hint}\n` : ""}`);
  process.exit(1);
}

/** Writes a new file, refusing to replace an existing one. */
function create(path: string, text: string): void {
  const shown = relative(root, path) || path;
  if (existsSync(path)) fail(`${shown} already exists; nothing was written`, "choose another name, or edit the existing file");
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: "wx" });
  process.stdout.write(`${shown}\n`);
}

/** Top-level routes and output folders a chapter slug would collide with (chapters live at /<slug>/). */
function reservedSlugs(): Set<string> {
  const pages = existsSync(join(root, "src/pages")) ? readdirSync(join(root, "src/pages")) : [];
  const routes = pages.map((p) => p.replace(/\.(astro|ts|md|mdx)$/, "").replace(/\.[a-z]+$/, "")).filter((p) => !p.startsWith("["));
  return new Set([...routes, "_astro", "pagefind", "og", "embed", "grafici", "dati", "presentazione", "404"]);
}

function examples(): Examples {
  const glossary = listFiles(join(root, PATHS.glossary), ".md").map((f) => basename(f, ".md"));
  let citation: string | undefined;
  try {
    const bib = parseYaml(readFileSync(join(root, PATHS.bibliography), "utf8")) as { id?: unknown }[];
    citation = bib.map((b) => b.id).find((id): id is string => typeof id === "string");
  } catch {
    citation = undefined;
  }
  const registry = join(root, "src/lib/charts/registry.ts");
  const chartFiles = existsSync(registry) ? [...readFileSync(registry, "utf8").matchAll(/from "\.\/([a-z0-9-]+)\.ts"/g)] : [];
  // A chart module's id is its file name for single-chart modules; read it from the module to be sure.
  const chart = chartFiles
    .map((m) => join(root, "src/lib/charts", `${m[1]}.ts`))
    .map((f) => (existsSync(f) ? /\bid: "([a-z0-9-]+)"/.exec(readFileSync(f, "utf8"))?.[1] : undefined))
    .find(Boolean);
  const chapter = listFiles(join(root, PATHS.chapters), ".mdx").map((f) => basename(f, ".mdx"))[0];
  return { term: glossary[0], citation, chart, chapter };
}

function newChapter(title: string): void {
  const slug = slugify(title);
  if (!slug) fail(`"${title}" gives an empty file name`, 'give the title some letters, e.g. npm run new:chapter -- "Le reti"');
  if (reservedSlugs().has(slug)) fail(`the slug "${slug}" is already a page of the site (/${slug}/)`, "choose a different title; you can rename the file afterwards");
  const dir = join(root, PATHS.chapters);
  const orders = listFiles(dir, ".mdx").map((f) => {
    try {
      return (matter(readFileSync(join(dir, f), "utf8"), {}).data as { order?: unknown }).order;
    } catch {
      return undefined;
    }
  });
  create(join(dir, `${slug}.mdx`), chapterFile(title, nextOrder(orders), examples()));
}

function newTerm(term: string): void {
  const slug = slugify(term);
  if (!slug) fail(`"${term}" gives an empty file name`, 'e.g. npm run new:term -- "Ente gestore"');
  create(join(root, PATHS.glossary, `${slug}.md`), termFile(term));
  process.stderr.write(`mark it in a chapter with [parola](glossario:${slug})\n`);
}

function newChart(id: string): void {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) fail(`"${id}" is not a valid chart id`, "use lowercase letters, digits and hyphens, e.g. funding-by-area");
  const key = (Object.keys(DATASETS) as DatasetName[]).find(
    (k) => k === opts.dataset || DATASETS[k].file === opts.dataset || DATASETS[k].file === `${opts.dataset}.csv`,
  );
  if (!key) fail(`unknown dataset "${opts.dataset}"`, `one of ${Object.keys(DATASETS).join(", ")}`);
  const shape = DATASETS[key].schema.shape as Record<string, Parameters<typeof columnMeta>[0]>;
  const columns = Object.keys(shape);
  // By default, count by the first column with a fixed list of values (e.g. case_id).
  const by = opts.by ?? columns.find((c) => columnMeta(shape[c]!).values) ?? columns[0]!;
  if (!columns.includes(by)) fail(`${DATASETS[key].file} has no column "${by}"`, `one of ${columns.join(", ")}`);
  const charts = join(root, "src/lib/charts");
  create(join(charts, `${id}.ts`), chartModule({ id, dataset: key, by }));

  const registry = join(charts, "registry.ts");
  const lines = `import { ${camelCase(id)} } from "./${id}.ts";   and   ${camelCase(id)},   in the CHARTS list`;
  const updated = !opts["no-register"] && existsSync(registry) ? registerChart(readFileSync(registry, "utf8"), id) : undefined;
  if (updated) {
    writeFileSync(registry, updated);
    process.stderr.write(`added to ${relative(root, registry)}; use it in a chapter with <Chart id="${id}" />\n`);
  } else {
    process.stderr.write(`add to src/lib/charts/registry.ts: ${lines}\n`);
  }
}

if (!name) fail("missing name", 'npm run new:chapter -- "Titolo", npm run new:term -- "Termine" or npm run new:chart -- chart-id');
if (kind === "chapter") newChapter(name);
else if (kind === "term") newTerm(name);
else if (kind === "chart") newChart(name);
else fail(`unknown kind "${kind}"`, "chapter, term or chart");
