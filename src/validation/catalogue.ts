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

/**
 * As stored: each distinct set of facts once, and per year `[fact index, status, changed?]`;
 * most rules read the same in all five years, so this is a quarter of the size of writing
 * each year out (it is bundled into the pure entry).
 */
interface StoredCatalogue {
  tableFiles: Readonly<Record<string, string>>;
  facts: readonly Omit<RuleFacts, "status" | "changed">[];
  years: readonly {
    collectionYear: string;
    rules: readonly (readonly [number, RuleFacts["status"], (readonly string[])?])[];
    deleted: readonly string[];
  }[];
}

const CATALOGUE = catalogueJson as unknown as StoredCatalogue;

/** Collection years with a ruleset, oldest first ("2022-23" … "2026-27"). */
export const RULESET_YEARS: readonly string[] = /* @__PURE__ */ CATALOGUE.years.map((year) => year.collectionYear);

// Pure annotations: a bundle that never validates drops the catalogue (a third of the pure entry).
const YEARS: ReadonlyMap<string, CatalogueYear> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ CATALOGUE.years.map((stored) => {
    const rules = stored.rules.map(([fact, status, changed]): RuleFacts => ({ ...CATALOGUE.facts[fact]!, status, ...(changed ? { changed } : {}) }));
    return [stored.collectionYear, { collectionYear: stored.collectionYear, rules, deleted: stored.deleted }];
  }),
);

export function catalogueYear(ruleset: string): CatalogueYear {
  const year = YEARS.get(ruleset);
  if (year === undefined) throw new Error(`no ruleset ${ruleset}`);
  return year;
}

/**
 * The ruleset that checks a collection year: its own, the oldest for earlier years
 * (interface.md §4a), the newest for later ones.
 *
 * @example
 * ```ts
 * rulesetForYear("2018-19"); // "2022-23": older years are checked with the oldest ruleset
 * rulesetForYear("2024-25"); // "2024-25"
 * ```
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
