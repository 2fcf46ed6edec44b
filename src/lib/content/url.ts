/** The site's base path from BASE_PATH: "/" at a domain root, "/<repo>/" under a path. */
export function siteBase(path = process.env.BASE_PATH ?? "/"): string {
  const trimmed = path.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/**
 * Joins the site base ("/" or "/repo/") and a path inside the site.
 * Every internal link goes through this so the site works under any base path.
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith("/") ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, "")}`;
}
