/** Site-wide texts a reader sees (Italian). */
const REPORT_TITLE = "Reti territoriali e innovazione latente";

export const SITE = {
  title: `We.Ca.Re. — ${REPORT_TITLE}`,
  shortTitle: "We.Ca.Re.",
  /** The report's own title: the home page's heading, the deck's first slide, the footer's source. */
  reportTitle: REPORT_TITLE,
  subtitle: "La valutazione del programma di innovazione sociale per il welfare locale della Regione Piemonte",
  publisher: "Valutazione del programma We.Ca.Re.",
  repository: process.env.REPOSITORY_URL ?? "",
} as const;

/**
 * The <title> of a page: the site's title on the home page; elsewhere the page's
 * title followed by the site's short name, unless the title already names it
 * ("La strategia We.Ca.Re." stays as it is).
 */
export function documentTitle(title: string, isHome: boolean): string {
  if (isHome) return SITE.title;
  return title.includes(SITE.shortTitle) ? title : `${title} · ${SITE.shortTitle}`;
}
