import type { MarkdownProcessor } from "@astrojs/markdown-remark";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { hashParts } from "./content-hash.ts";
import { cachedJsonAsync, flushCache, hasCachedJson } from "./json-cache.ts";
import { writeWhole } from "./write-whole.ts";

type CreateMdxRenderer = NonNullable<MarkdownProcessor["createMdxRenderer"]>;
type MdxRenderer = Awaited<ReturnType<CreateMdxRenderer>>;
type RendererArgs = Parameters<CreateMdxRenderer>;

export interface MdxCacheOptions {
  /** Folder of the cache entries (one JSON file per compiled chapter). */
  dir: string;
  /**
   * Whatever else the compiled chapters depend on that the processor's options
   * do not show: a hash of the remark/rehype plugins' source folders and of the
   * lockfile (the MDX toolchain's versions). See astro.config.mjs.
   */
  inputs: string;
}

/**
 * Wraps Astro's Markdown processor so that an MDX chapter compiled by an earlier
 * build is read back from disk instead of compiled again: a build after an edit
 * to one chapter compiles that chapter only. The processor stays the same object
 * for everything else (its name, its options, which integrations may extend, and
 * the renderer of .md files).
 *
 * An entry's key is everything its compiled module depends on: the chapter's
 * text, path and frontmatter; the options Astro and @astrojs/mdx pass to the
 * renderer; the processor's options as they are when the renderer is created,
 * including every plugin's options (glossary terms, citation keys, chart ids,
 * base path) and the source of every function in them; and `inputs`. A chapter
 * that fails to compile stores nothing, so its error is shown on every build.
 */
export function cacheMdx<P extends MarkdownProcessor>(processor: P, options: MdxCacheOptions): P {
  const create = processor.createMdxRenderer?.bind(processor);
  if (!create) return processor;
  const cached: P = {
    ...processor,
    name: processor.name,
    options: processor.options,
    createRenderer: processor.createRenderer.bind(processor),
    async createMdxRenderer(shared, mdx): Promise<MdxRenderer> {
      const renderer = cachingRenderer(create, processor, options, [shared, mdx]);
      recordSetup(options.dir, { shared, mdx }, renderer.setup);
      return renderer;
    },
  };
  caches.set(cached, { create, processor, options });
  return cached;
}

interface CachingRenderer extends MdxRenderer {
  /** Hash of everything but the chapter: the part of every key this renderer shares. */
  setup: string;
  /** The cache key of one chapter. */
  key: (content: string, filePath: string, frontmatter: Record<string, unknown>) => string;
}

function cachingRenderer(
  create: CreateMdxRenderer,
  processor: MarkdownProcessor,
  options: MdxCacheOptions,
  [shared, mdx]: RendererArgs,
): CachingRenderer {
  const setup = hashParts([options.inputs, fingerprint([shared, mdx, processor.options])]);
  const key = (content: string, filePath: string, frontmatter: Record<string, unknown>) => chapterKey(setup, content, filePath, frontmatter);
  // Made on the first chapter that is not in the cache: a build that compiles
  // nothing never loads the compiler.
  let renderer: Promise<MdxRenderer> | undefined;
  return {
    setup,
    key,
    process: (content, filePath, frontmatter) =>
      cachedJsonAsync(options.dir, key(content, filePath, frontmatter), async () =>
        (await (renderer ??= create(shared, mdx))).process(content, filePath, frontmatter),
      ),
  };
}

function chapterKey(setup: string, content: string, filePath: string, frontmatter: Record<string, unknown>): string {
  return hashParts([setup, filePath, fingerprint(frontmatter), content]);
}

const caches = new WeakMap<MarkdownProcessor, { create: CreateMdxRenderer; processor: MarkdownProcessor; options: MdxCacheOptions }>();

// What the last build's MDX renderer was made with, so that prewarmMdx can make
// the same one in another process. URLs (the source folder) are kept as such; a
// setup with a function in it cannot be written down and is not recorded.
const SETUP_FILE = "setup.json";

function recordSetup(dir: string, args: { shared: unknown; mdx: unknown }, setup: string): void {
  let json: string;
  try {
    json = JSON.stringify({ setup, ...args }, function (this: Record<string, unknown>, key, value: unknown) {
      const raw = this[key];
      if (raw instanceof URL) return { $url: raw.href };
      if (typeof value === "function") throw new Error("not recordable");
      return value;
    });
  } catch {
    return;
  }
  const file = join(dir, SETUP_FILE);
  try {
    if (existsSync(file) && readFileSync(file, "utf8") === json) return;
    writeWhole(file, json);
  } catch {
    // Not recorded: the next build simply compiles its own chapters.
  }
}

function readSetup(dir: string): { setup: string; args: RendererArgs } | undefined {
  try {
    const { setup, shared, mdx } = JSON.parse(readFileSync(join(dir, SETUP_FILE), "utf8"), (_key, value: unknown) =>
      value && typeof value === "object" && "$url" in value ? new URL(String(value.$url)) : value,
    ) as { setup: string; shared: RendererArgs[0]; mdx: RendererArgs[1] };
    return { setup, args: [shared, mdx] };
  } catch {
    return undefined;
  }
}

/** A chapter as @astrojs/mdx hands it to the renderer: its module id, frontmatter and body. */
export interface MdxSource {
  path: string;
  frontmatter: Record<string, unknown>;
  content: string;
}

function notCached(dir: string, sources: readonly MdxSource[], key: (source: MdxSource) => string): MdxSource[] {
  return sources.filter((source) => !hasCachedJson(dir, key(source)));
}

/**
 * The chapters that an edit changed since the last build: those whose compiled
 * module is not in `dir` under the key the last build's renderer would give it.
 * Needs neither the processor nor its plugins, so a build with nothing changed
 * learns it in a few milliseconds. Empty when no build recorded its setup, and
 * when more than `limit` chapters are missing (a cold cache, a change of plugins):
 * those are left to Astro's build, which compiles them as it always does.
 */
export function changedChapters(dir: string, sources: readonly MdxSource[], limit = 3): MdxSource[] {
  const recorded = readSetup(dir);
  if (!recorded) return [];
  const missing = notCached(dir, sources, (c) => chapterKey(recorded.setup, c.content, c.path, c.frontmatter));
  return missing.length > limit ? [] : missing;
}

/**
 * Compiles `sources` into the cache in this process, with the renderer setup the
 * last build recorded. Run beside Astro on the chapters an edit changed
 * (scripts/build.ts, with changedChapters), it leaves Astro's build nothing to
 * compile: a text edit then costs little more than a build with nothing changed.
 *
 * Compiles nothing, and returns [], when no build recorded a setup or when this
 * processor's setup differs from the recorded one (plugins or their options
 * changed). A chapter is found in the cache only under a key made of everything
 * it depends on, so this can make Astro's build faster but never change what it
 * outputs. Returns the paths it compiled.
 */
export async function prewarmMdx(processor: MarkdownProcessor, sources: readonly MdxSource[]): Promise<string[]> {
  const cache = caches.get(processor);
  const recorded = cache && readSetup(cache.options.dir);
  if (!cache || !recorded) return [];
  const renderer = cachingRenderer(cache.create, cache.processor, cache.options, recorded.args);
  if (renderer.setup !== recorded.setup) return [];
  const missing = notCached(cache.options.dir, sources, (c) => renderer.key(c.content, c.path, c.frontmatter));
  for (const { path, frontmatter, content } of missing) await renderer.process(content, path, frontmatter);
  await flushCache();
  return missing.map((s) => s.path);
}

/**
 * A stable text for a value of plain data, Maps, Sets, URLs, regular expressions
 * and functions (by their source): two values with the same text configure the
 * compiler the same way.
 */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "function") return `function ${v.name}: ${String(v)}`;
    if (v instanceof Map) return { Map: [...v.entries()] };
    if (v instanceof Set) return { Set: [...v] };
    if (v instanceof RegExp) return `RegExp ${String(v)}`;
    if (typeof v === "bigint") return `${v}n`;
    return v;
  });
}
