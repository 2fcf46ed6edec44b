import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize } from "node:path";
import { createGzip } from "node:zlib";
import { effectiveHeaders, parseHeaders } from "./headers.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".txt": "text/plain; charset=utf-8",
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

export interface Served {
  /** Base URL ending in "/", e.g. http://127.0.0.1:41234/ (plus the base path, when given). */
  url: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Send the headers of the site's `_headers` file (as Cloudflare Pages would) with every response. */
  headers?: boolean;
}

/**
 * Serves a built site on 127.0.0.1 on a free port, like a static host would:
 * directories serve their index.html, unknown paths the site's 404.html with
 * status 404, text gzip-compressed for clients that accept it. `base` mounts the site under a sub-path (e.g. "/wecare/").
 */
export async function serveDir(dir: string, base = "/", options: ServeOptions = {}): Promise<Served> {
  const headerFile = join(dir, "_headers");
  const rules = options.headers && existsSync(headerFile) ? parseHeaders(readFileSync(headerFile, "utf8")) : [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    path = "/" + path.slice(base.length);
    for (const [name, values] of effectiveHeaders(rules, path)) res.setHeader(name, values);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      const notFound = join(dir, "404.html");
      res.writeHead(404, { "Content-Type": TYPES[".html"] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end("not found");
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    // Static hosts (GitHub Pages, Cloudflare Pages) compress text on the fly; so does
    // this server, so that what a browser or Lighthouse measures is what readers get.
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      res.writeHead(200, { "Content-Type": type, "Content-Encoding": "gzip", Vary: "Accept-Encoding" });
      createReadStream(file).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, { "Content-Type": type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("server has no port");
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    // closeAllConnections: a browser keeps sockets alive after its page closes, and
    // close() alone would wait for them (a test then hangs in its finally block).
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
