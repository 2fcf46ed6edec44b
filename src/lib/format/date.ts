const MONTHS = [
  "gennaio",
  "febbraio",
  "marzo",
  "aprile",
  "maggio",
  "giugno",
  "luglio",
  "agosto",
  "settembre",
  "ottobre",
  "novembre",
  "dicembre",
] as const;

/**
 * Formats an ISO date of any precision the Italian way, keeping that precision:
 * "2017-05-22" → "22 maggio 2017", "2017-06" → "giugno 2017", "2016" → "2016".
 * Works on the text, not on a Date, so no time zone can shift the day.
 */
export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) throw new Error(`formatDate: not an ISO date: ${iso}`);
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const month = MONTHS[Number(mo) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The first instant of an ISO date of any precision, in UTC. */
export function startOf(iso: string): Date {
  const [y, mo = "01", d = "01"] = iso.split("-");
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
}

/** The last instant (exclusive end) of an ISO date of any precision, in UTC. */
export function endOf(iso: string): Date {
  const parts = iso.split("-").map(Number);
  if (parts.length === 1) return new Date(Date.UTC(parts[0]! + 1, 0, 1));
  if (parts.length === 2) return new Date(Date.UTC(parts[0]!, parts[1]!, 1));
  return new Date(Date.UTC(parts[0]!, parts[1]! - 1, parts[2]! + 1));
}

/** Formats a Date (UTC) as "22 maggio 2017". */
export function formatDay(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
