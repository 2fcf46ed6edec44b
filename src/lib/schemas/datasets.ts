import { z } from "zod";
import { col, UNIT_IN_COLUMN } from "./columns.ts";
import {
  ACTOR_TYPES,
  BASES,
  CASE_IDS,
  CHANGE_ELEMENTS,
  COVID_EFFECTS,
  DISCONTINUITY_KINDS,
  POLICY_AREAS,
  TIMELINE_KINDS,
  WAVES,
} from "./vocabularies.ts";

/**
 * Every CSV file under `data/`, described once. The loader, the types, the data
 * dictionary (`data/README.md`) and the tests all follow from these definitions.
 */
export interface DatasetDef<S extends z.ZodObject = z.ZodObject> {
  /** File name under `data/`. */
  file: string;
  /** Italian title for the data dictionary and download links. */
  title: string;
  /** Italian description of what one row is. */
  description: string;
  schema: S;
  /** Columns whose combined value must be unique. */
  key: readonly string[];
  /** Columns that must name a row of another dataset. */
  refs?: readonly { column: string; dataset: DatasetName; key: string; sameCase?: boolean }[];
  /** Rules that tie one column of a valid row to another; listed in the data dictionary. */
  rules?: readonly RowRule<z.output<S>>[];
}

/** The row rules of a dataset (none for most). */
export function rowRules(def: DatasetDef): readonly RowRule<Record<string, unknown>>[] {
  return def.rules ?? [];
}

/**
 * A rule between the columns of one row, e.g. "a tie of wave 3 cannot be stated".
 * `broken` returns undefined when the row follows the rule.
 */
export interface RowRule<Row> {
  /** The rule in Italian, for the data dictionary. */
  description: string;
  /** The column an error points at. */
  column: keyof Row & string;
  // Method syntax on purpose: a rule typed for one dataset's rows still fits DatasetDef's default row type.
  broken(row: Row): { message: string; expected: string; hint?: string } | undefined;
}

/**
 * The rule "where `column` is `value`, `basis` is `dedotto`": the error points
 * at `basis` and asks for `dedotto`. The dictionary text names both columns and
 * both values, then gives `reason`, so a reader can match it to the CSV header.
 */
function inferredWhen<Row extends { basis: string }, C extends keyof Row & string>(
  _schema: z.ZodType<Row>,
  column: C,
  value: Row[C] & string,
  text: { reason: string; message: string; hint: string },
): { description: string; column: "basis"; broken(row: Row): ReturnType<RowRule<Row>["broken"]> } {
  // Not typed RowRule<Row>: its `keyof Row` would keep it from fitting DatasetDef's default row type.
  return {
    description: `Se \`${column}\` vale \`${value}\`, \`basis\` vale sempre \`dedotto\`: ${text.reason}`,
    column: "basis",
    broken: (r) =>
      r[column] === value && r.basis !== "dedotto" ? { message: text.message, expected: "dedotto", hint: text.hint } : undefined,
  };
}

const programme = {
  file: "programme.csv",
  title: "Il programma in cifre",
  description: "Un fatto numerico a livello di programma (Misura 1 di We.Ca.Re.).",
  schema: z.object({
    id: col.id("Identificativo del dato."),
    label: col.text("Che cosa misura il dato, in italiano."),
    value: col.amount("Valore numerico.", UNIT_IN_COLUMN),
    unit: col.oneOf(["euro", "progetti", "anni", "misure", "interviste", "casi", "percentuale"], "Unità di misura."),
    approximate: col.bool("true se la fonte dà il valore come approssimato (es. «circa 6,4 milioni»)."),
    source_ref: col.sourceRef(),
  }),
  key: ["id"],
} satisfies DatasetDef;

const funding = {
  file: "funding.csv",
  title: "Progetti finanziati",
  description:
    "Un progetto finanziato dalla Misura 1 (Tabella 1 del rapporto di valutazione). La fonte dà questi dati solo per i quattro casi studio, non per gli altri 18 progetti.",
  schema: z.object({
    case_id: col.oneOf(CASE_IDS, "Caso studio a cui corrisponde il progetto."),
    lead_body: col.text("Ente capofila, come lo indica la Tabella 1 del rapporto."),
    project_title: col.text("Titolo del progetto finanziato."),
    population: col.count("Popolazione del territorio coperto (Tabella 1 del rapporto).", "abitanti"),
    funding_eur: col.amount("Finanziamento del progetto (Tabella 1 del rapporto).", "euro"),
    source_ref: col.sourceRef(),
  }),
  key: ["case_id"],
  refs: [{ column: "case_id", dataset: "cases", key: "case_id" }],
} satisfies DatasetDef;

const cases = {
  file: "cases.csv",
  title: "I quattro casi studio",
  description: "Uno dei quattro progetti studiati in profondità (cap. 2 e 3).",
  schema: z.object({
    case_id: col.oneOf(CASE_IDS, "Identificativo del caso."),
    name: col.text("Nome breve del caso (il territorio)."),
    lead_body_full: col.optionalText("Denominazione estesa dell'ente capofila, se la fonte la riporta."),
    territory: col.text("Territorio coperto dal progetto."),
    municipalities: col.optionalCount("Numero di comuni coperti; vuoto se la fonte non lo indica.", "comuni"),
    managing_bodies: col.optionalCount("Numero di enti gestori coinvolti; vuoto se la fonte non lo indica.", "enti"),
    managing_bodies_basis: col.optionalOneOf(BASES, "Se il numero di enti gestori è dichiarato o dedotto."),
    interviews: col.optionalCount("Interviste svolte nel caso; vuoto se non ricavabile.", "interviste"),
    interviews_basis: col.optionalOneOf(BASES, "Se il numero di interviste è dichiarato o dedotto."),
    policy_areas: col.listOf(POLICY_AREAS, "Aree di policy toccate dal caso, separate da «;» (stessi valori di policy_area in interventions.csv)."),
    source_ref: col.sourceRef(),
  }),
  key: ["case_id"],
} satisfies DatasetDef;

const interventions = {
  file: "interventions.csv",
  title: "Linee di intervento",
  description: "Una linea di intervento di un caso, come la descrive il cap. 3, con l'effetto della pandemia.",
  schema: z.object({
    id: col.id("Identificativo della linea di intervento."),
    case_id: col.oneOf(CASE_IDS, "Caso a cui appartiene."),
    line: col.text("Nome breve della linea di intervento."),
    policy_area: col.oneOf(POLICY_AREAS, "Area di policy."),
    planned: col.text("Che cosa prevedeva il progetto."),
    status: col.text("Stato al momento delle interviste."),
    covid_effect: col.optionalOneOf(COVID_EFFECTS, "Che cosa ha fatto la pandemia alla linea di intervento; vuoto se la fonte non lo dice."),
    covid_basis: col.optionalOneOf(BASES, "Se l'effetto della pandemia è dichiarato o dedotto; vuoto se covid_effect è vuoto."),
    discontinuity: col.optionalOneOf(DISCONTINUITY_KINDS, "Tipo di discontinuità che il cap. 4.1 assegna alla linea; vuoto se non la classifica."),
    source_ref: col.sourceRef(),
  }),
  key: ["id"],
  refs: [{ column: "case_id", dataset: "cases", key: "case_id" }],
} satisfies DatasetDef;

const discontinuitySchema = z.object({
  case_id: col.oneOf(CASE_IDS, "Caso."),
  element: col.oneOf(CHANGE_ELEMENTS, "Elemento del ciclo del policy change (cap. 2, punti a–d)."),
  level: col.oneOf(["marcata", "parziale", "assente"], "Intensità della discontinuità osservata."),
  basis: col.oneOf(BASES, "Se la valutazione è dichiarata nella fonte o dedotta dal testo."),
  evidence: col.text("In breve, su che cosa poggia la valutazione (parole nostre)."),
  source_ref: col.sourceRef(),
});

const discontinuities = {
  file: "discontinuities.csv",
  title: "Matrice delle discontinuità",
  description: "Per un caso e un elemento del ciclo del policy change (a–d), la discontinuità osservata.",
  schema: discontinuitySchema,
  key: ["case_id", "element"],
  refs: [{ column: "case_id", dataset: "cases", key: "case_id" }],
  rules: [
    inferredWhen(discontinuitySchema, "level", "marcata", {
      reason: "la fonte definisce «parziali» le discontinuità osservate e non ne gradua l'intensità.",
      message: "a «marcata» level is our reading, never stated by the source",
      hint: "write basis dedotto, or level parziale if the source names this discontinuity",
    }),
  ],
} satisfies DatasetDef<typeof discontinuitySchema>;

const actors = {
  file: "actors.csv",
  title: "Attori delle reti",
  description:
    "Un attore (nodo) della rete di un caso, nominato o descritto nel testo. Nel grafico della rete di ogni caso gli attori sono numerati seguendo l'ordine delle righe di quel caso in questo file.",
  schema: z.object({
    actor_id: col.id("Identificativo dell'attore, unico in tutto il file."),
    case_id: col.oneOf(CASE_IDS, "Caso."),
    label: col.text("Nome dell'attore come lo mostra il sito (nell'elenco numerato sotto il grafico della rete)."),
    type: col.oneOf(ACTOR_TYPES, "Tipo di attore."),
    is_lead: col.bool("true per l'ente capofila del progetto."),
    basis: col.oneOf(BASES, "Se l'attore è nominato nella fonte o dedotto dal testo."),
    source_ref: col.sourceRef(),
  }),
  key: ["actor_id"],
  refs: [{ column: "case_id", dataset: "cases", key: "case_id" }],
} satisfies DatasetDef;

const tieSchema = z.object({
  case_id: col.oneOf(CASE_IDS, "Caso."),
  from: col.id("Primo attore (actor_id di actors.csv)."),
  to: col.id("Secondo attore (actor_id di actors.csv)."),
  wave: col.oneOf(WAVES, "Rilevazione: 1, 2 o 3."),
  basis: col.oneOf(BASES, "Se il testo afferma il legame e la fase in cui esiste (dichiarato) o se è dedotto."),
  source_ref: col.sourceRef(),
});

const ties = {
  file: "ties.csv",
  title: "Legami delle reti",
  description:
    "Un legame tra due attori di uno stesso caso in una rilevazione (1 avvio, 2 attuazione, 3 dopo la conclusione). Ricostruzione dal testo, non i dati dell'indagine.",
  schema: tieSchema,
  key: ["case_id", "from", "to", "wave"],
  refs: [
    { column: "case_id", dataset: "cases", key: "case_id" },
    { column: "from", dataset: "actors", key: "actor_id", sameCase: true },
    { column: "to", dataset: "actors", key: "actor_id", sameCase: true },
  ],
  rules: [
    inferredWhen(tieSchema, "wave", "3", {
      reason:
        "la rilevazione 3 è successiva alla fine dei progetti, mentre le interviste della fonte risalgono a prima, quindi il testo non può affermare un legame di quella fase.",
      message: "no tie after the end of the projects is stated by the source",
      hint: "the interviews predate the end of the projects: write basis dedotto",
    }),
  ],
} satisfies DatasetDef<typeof tieSchema>;

const networkFindings = {
  file: "network-findings.csv",
  title: "Esiti della network analysis",
  description: "Un risultato delle tre rilevazioni di network analysis, come lo riportano le slide.",
  schema: z.object({
    id: col.id("Identificativo del risultato."),
    wave: col.oneOf(WAVES, "Rilevazione a cui si riferisce."),
    finding: col.text("Il risultato, in parole nostre."),
    value: col.optionalAmount("Valore numerico, se il risultato ne ha uno.", UNIT_IN_COLUMN),
    unit: col.optionalOneOf(["percentuale"], "Unità del valore."),
    approximate: col.bool("true se la fonte dà il valore come approssimato («circa»)."),
    source_ref: col.sourceRef(),
  }),
  key: ["id"],
} satisfies DatasetDef;

const timeline = {
  file: "timeline.csv",
  title: "Cronologia",
  description: "Una tappa del programma o della valutazione; le date hanno la precisione che dà la fonte.",
  schema: z.object({
    id: col.id("Identificativo della tappa."),
    kind: col.oneOf(TIMELINE_KINDS, "Di che cosa fa parte la tappa."),
    label: col.text("Descrizione breve."),
    start: col.date("Inizio (o data dell'evento)."),
    end: col.optionalDate("Fine, per i periodi; vuoto per gli eventi puntuali."),
    basis: col.oneOf(BASES, "Se la data è dichiarata nella fonte o dedotta."),
    source_ref: col.sourceRef(),
  }),
  key: ["id"],
} satisfies DatasetDef;

export const DATASETS = {
  programme,
  cases,
  funding,
  interventions,
  discontinuities,
  actors,
  ties,
  networkFindings,
  timeline,
} as const satisfies Record<DatasetName, DatasetDef>;

/**
 * Spelled out rather than `keyof typeof DATASETS`: `DatasetDef.refs` names a
 * DatasetName, so deriving the name from DATASETS made the types circular and
 * TypeScript silently typed DATASETS (and every Row) as `any`.
 * `satisfies` above keeps this list and DATASETS in step.
 */
export type DatasetName =
  | "programme"
  | "cases"
  | "funding"
  | "interventions"
  | "discontinuities"
  | "actors"
  | "ties"
  | "networkFindings"
  | "timeline";
export type Row<N extends DatasetName> = z.output<(typeof DATASETS)[N]["schema"]>;
export type Data = { [N in DatasetName]: Row<N>[] };

export type ProgrammeRow = Row<"programme">;
export type CaseRow = Row<"cases">;
export type FundingRow = Row<"funding">;
export type InterventionRow = Row<"interventions">;
export type DiscontinuityRow = Row<"discontinuities">;
export type ActorRow = Row<"actors">;
export type TieRow = Row<"ties">;
export type NetworkFindingRow = Row<"networkFindings">;
export type TimelineRow = Row<"timeline">;
