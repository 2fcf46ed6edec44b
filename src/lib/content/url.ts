/**
 * Joins the site base ("/" or "/repo/") and a path inside the site.
 * Every internal link goes through this so the site works under any base path.
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith("/") ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, "")}`;
}
