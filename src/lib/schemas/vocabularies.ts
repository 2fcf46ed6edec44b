/**
 * Controlled vocabularies shared by several datasets, with the Italian label a
 * reader sees. Adding a value here makes it valid in every CSV that uses it.
 */
export const CASE_IDS = ["alessandria", "borgomanero", "alba", "pianezza"] as const;
export type CaseId = (typeof CASE_IDS)[number];

export const ACTOR_TYPES = [
  "ente-gestore",
  "comune",
  "altro-pubblico",
  "terzo-settore",
  "impresa",
  "universita",
  "fondazione",
  "scuola-nido",
  "cittadini",
  "esperto",
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];
export const ACTOR_TYPE_LABEL: Record<ActorType, string> = {
  "ente-gestore": "Ente gestore",
  comune: "Comune",
  "altro-pubblico": "Altro ente pubblico",
  "terzo-settore": "Terzo settore",
  impresa: "Impresa",
  universita: "Università",
  fondazione: "Fondazione",
  "scuola-nido": "Scuola o nido",
  cittadini: "Cittadini",
  esperto: "Esperto esterno",
};

export const POLICY_AREAS = ["governance", "casa", "lavoro", "famiglia-minori", "comunita", "immigrazione", "mobilita"] as const;
export type PolicyArea = (typeof POLICY_AREAS)[number];
export const POLICY_AREA_LABEL: Record<PolicyArea, string> = {
  governance: "Governance",
  casa: "Casa",
  lavoro: "Lavoro",
  "famiglia-minori": "Famiglia e minori",
  comunita: "Comunità",
  immigrazione: "Immigrazione",
  mobilita: "Mobilità",
};

/** What the pandemic did to a line of intervention (cap. 3 and 4.3). */
export const COVID_EFFECTS = ["proseguita", "online", "riformulata", "sospesa", "bloccata"] as const;
export type CovidEffect = (typeof COVID_EFFECTS)[number];
export const COVID_EFFECT_LABEL: Record<CovidEffect, string> = {
  proseguita: "Proseguita (dopo una pausa)",
  online: "Spostata online",
  riformulata: "Riformulata",
  sospesa: "Sospesa o rallentata",
  bloccata: "Non decollata",
};

/** The two kinds of discontinuity of cap. 4.1. */
export const DISCONTINUITY_KINDS = ["problema-consolidato", "problema-inedito"] as const;
export type DiscontinuityKind = (typeof DISCONTINUITY_KINDS)[number];
export const DISCONTINUITY_KIND_LABEL: Record<DiscontinuityKind, string> = {
  "problema-consolidato": "Modalità innovative per un problema consolidato",
  "problema-inedito": "Modalità innovative per un problema inedito o non affrontato",
};

/** The four entry points a–d of incremental policy change (cap. 2). */
export const CHANGE_ELEMENTS = ["problema", "teoria", "strumenti", "attori"] as const;
export type ChangeElement = (typeof CHANGE_ELEMENTS)[number];
export const CHANGE_ELEMENT_LABEL: Record<ChangeElement, string> = {
  problema: "a) Definizione del problema",
  teoria: "b) Teoria dell'intervento",
  strumenti: "c) Strumenti e dispositivi",
  attori: "d) Nuovi attori",
};

/** Whether a row states what the source says, or is our inference from it. */
export const BASES = ["dichiarato", "dedotto"] as const;
export type Basis = (typeof BASES)[number];
export const BASIS_LABEL: Record<Basis, string> = {
  dichiarato: "Dichiarato nella fonte",
  dedotto: "Dedotto dal testo (inferenza)",
};

export const WAVES = ["1", "2", "3"] as const;
export const WAVE_LABEL: Record<1 | 2 | 3, string> = {
  1: "1ª rilevazione (avvio)",
  2: "2ª rilevazione (attuazione)",
  3: "3ª rilevazione (dopo la conclusione)",
};

export const TIMELINE_KINDS = ["programma", "progetti", "valutazione", "contesto"] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
export const TIMELINE_KIND_LABEL: Record<TimelineKind, string> = {
  programma: "Programma regionale",
  progetti: "Attuazione dei progetti",
  valutazione: "Valutazione",
  contesto: "Contesto",
};

/** Every vocabulary that has Italian labels, with them. */
const LABELLED: readonly { values: readonly string[]; labels: Readonly<Record<string, string>> }[] = [
  { values: ACTOR_TYPES, labels: ACTOR_TYPE_LABEL },
  { values: POLICY_AREAS, labels: POLICY_AREA_LABEL },
  { values: COVID_EFFECTS, labels: COVID_EFFECT_LABEL },
  { values: DISCONTINUITY_KINDS, labels: DISCONTINUITY_KIND_LABEL },
  { values: CHANGE_ELEMENTS, labels: CHANGE_ELEMENT_LABEL },
  { values: BASES, labels: BASIS_LABEL },
  { values: WAVES, labels: WAVE_LABEL },
  { values: TIMELINE_KINDS, labels: TIMELINE_KIND_LABEL },
];

/**
 * The Italian labels of a column's allowed values (the words charts and tables
 * show), found by the list of values the column was built from; undefined for a
 * list without labels (case ids, units, true/false).
 */
export function vocabularyLabels(values: readonly string[]): Readonly<Record<string, string>> | undefined {
  return LABELLED.find((l) => l.values.length === values.length && l.values.every((v, i) => v === values[i]))?.labels;
}
