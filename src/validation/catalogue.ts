import catalogueJson from "./dfe-903-rules.json" with { type: "json" };

/**
 * The DfE 903 validation rules in force per collection year, as facts (code, message, fields,
 * tables): a trimmed copy of the shared reference `dfe-903-rules.json` (the peer validator's
 * table spellings and notes left out). Rules take their message, fields and tables from here,
 * never from their own code, so each fact is written once.
 */
export interface RuleFacts {
  code: string;
  message: string;
  fields: readonly string[];
  /** This year's files the rule reads or flags (`episodes.csv`). */
  tables: readonly string[];
  /** Last year's files it reads or flags. */
  previousYearTables: readonly string[];
  /** `postcodes`, `local-authority-code`, `ofsted-providers`. */
  referenceData: readonly ReferenceDataKind[];
  /** `added` in its first year (and in 2022-23, the base year), `modified`, `unchanged`. */
  status: "added" | "modified" | "unchanged";
  /** With `modified`: which of message, fields, tables, logic changed. */
  changed?: readonly string[];
}

export type ReferenceDataKind = "postcodes" | "local-authority-code" | "ofsted-providers";

export interface CatalogueYear {
  collectionYear: string;
  rules: readonly RuleFacts[];
  /** Codes in force the year before and not this year. */
  deleted: readonly string[];
}

interface Catalogue {
  tableFiles: Readonly<Record<string, string>>;
  lists: { laCodes: readonly string[] };
  years: readonly CatalogueYear[];
}

const CATALOGUE = catalogueJson as unknown as Catalogue;

/** Collection years with a ruleset, oldest first ("2022-23" … "2026-27"). */
export const RULESET_YEARS: readonly string[] = CATALOGUE.years.map((year) => year.collectionYear);

export function catalogueYear(ruleset: string): CatalogueYear {
  const year = CATALOGUE.years.find((y) => y.collectionYear === ruleset);
  if (year === undefined) throw new Error(`no ruleset ${ruleset}`);
  return year;
}

/** The three-digit LA codes (and WAL, SCO, NUK, NIR) accepted for LA_PERM. */
export const LA_CODES: readonly string[] = CATALOGUE.lists.laCodes;

/**
 * The ruleset that checks a collection year: its own, the oldest for earlier years
 * (interface.md §4a), the newest for later ones.
 */
export function rulesetForYear(collectionYear: string): string {
  const first = RULESET_YEARS[0]!;
  const last = RULESET_YEARS[RULESET_YEARS.length - 1]!;
  if (collectionYear < first) return first;
  if (collectionYear > last) return last;
  return collectionYear;
}

/** Code order of the catalogue: numbers by value, then the lettered codes as text. */
export function compareCodes(a: string, b: string): number {
  const na = /^\d+/.exec(a);
  const nb = /^\d+/.exec(b);
  if (na && nb) {
    const d = Number(na[0]) - Number(nb[0]);
    if (d !== 0) return d;
  } else if (na) return -1;
  else if (nb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
