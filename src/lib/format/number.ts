/**
 * Italian number, currency and percentage formatting, in one place.
 * Uses Intl with the "it-IT" locale; `useGrouping: "always"` because Italian CLDR
 * data omits the thousands separator for four-digit numbers (1234 → "1234"),
 * which reads badly next to five-digit figures in the same table.
 */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat("it-IT", { useGrouping: "always", ...options });
    cache.set(key, f);
  }
  return f;
}

/** 1234567.891 → "1.234.567,89" (at most `digits` decimals). */
export function formatNumber(value: number, digits = 2): string {
  return formatter({ maximumFractionDigits: digits }).format(value);
}

/** 867617.14 → "867.617,14 €" (always two decimals). */
export function formatEuro(value: number, digits = 2): string {
  return `${formatter({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)} €`;
}

/** 6400000 → "6,4 milioni di €"; for headline figures. */
export function formatEuroMillions(value: number, digits = 1): string {
  // A no-break space before "€", so the symbol never starts a line on its own.
  return `${formatter({ maximumFractionDigits: digits }).format(value / 1e6)} milioni di\u00a0€`;
}

/** 0.4213 → "42,1%" */
export function formatPercent(share: number, digits = 1): string {
  return `${formatter({ maximumFractionDigits: digits }).format(share * 100)}%`;
}

/** Plain integer with grouping: 643111 → "643.111". */
export function formatInteger(value: number): string {
  return formatter({ maximumFractionDigits: 0 }).format(value);
}

const WORDS = ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci"];

/** A count as an Italian word in running text ("quattro"), digits above ten. */
export function countWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < WORDS.length ? WORDS[n]! : formatInteger(n);
}
