/** Site-wide texts a reader sees (Italian). */
export const SITE = {
  title: "We.Ca.Re. — Reti territoriali e innovazione latente",
  shortTitle: "We.Ca.Re.",
  subtitle: "La valutazione del programma di innovazione sociale per il welfare locale della Regione Piemonte",
  publisher: "Valutazione del programma We.Ca.Re.",
  repository: process.env.REPOSITORY_URL ?? "",
} as const;
