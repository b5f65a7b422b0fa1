import type { Day } from "../dates/day.js";
import type { RuleTable, TableKey } from "./ruleTable.js";

/**
 * A postcode's facts from the ONS postcode directory (docs/validation.md, "Reference data").
 * The validator derives each episode's placement LA, IN/OUT location and distance from them,
 * as the DfE does when it receives the return.
 */
export interface PostcodeFacts {
  /**
   * The postcode's upper-tier local authority: an English council's ONS code (`E10000003`), or
   * `SCO`, `WAL`, `NIR` for a postcode in Scotland, Wales or Northern Ireland; null when the
   * directory gives none (the Channel Islands, the Isle of Man).
   */
  la: string | null;
  /** Ordnance Survey grid reference in metres (the directory's oseast1m, osnrth1m); null when not given. */
  easting: number | null;
  northing: number | null;
}

/** One Ofsted registration of a provider, as Ofsted's lists give it (docs/validation.md, "Reference data"). */
export interface OfstedProvider {
  /** The PLACE codes the registration allows (`K2`). */
  placementCodes: readonly string[];
  /** The PLACE_PROVIDER codes it may carry (`PR4`). */
  providerCodes: readonly string[];
  /** The day the registration ended (closed, deregistered), or null while it holds. */
  registrationEnd: Day | null;
  /** The setting's postcode, upper-cased without spaces, or null. */
  postcode: string | null;
}

/** What a rule may read besides the tables (the config names the files; docs/validation.md). */
export interface ReferenceData {
  /** The returning council's ONS code (`E06000031`), as the derived placement LA gives it. */
  localAuthority?: string;
  /** Postcodes by their upper-cased form without spaces (`CB11AA`). */
  postcodes?: ReadonlyMap<string, PostcodeFacts>;
  /** Ofsted registrations by URN (a URN on both of Ofsted's lists has two). */
  ofstedProviders?: ReadonlyMap<string, readonly OfstedProvider[]>;
}

/**
 * Facts derived from a whole run (several tables and the reference data), built once on first
 * use and shared by the rules that read them. Like a table view, a module constant.
 */
export interface DataView<T> {
  readonly build: (data: RuleData) => T;
}

export const dataView = <T>(build: (data: RuleData) => T): DataView<T> => Object.freeze({ build });

/** Everything a rule sees: the tables of the year checked and of last year, read-only. */
export interface RuleData {
  /** A table the rule needs (the catalogue's tables); present whenever the rule runs. */
  table(key: TableKey): RuleTable;
  /** A table the rule reads only if it is there (`optional` in its definition). */
  tableOrNull(key: TableKey): RuleTable | null;
  /** 1 April and 31 March of the collection year checked. */
  collectionStart: Day;
  collectionEnd: Day;
  /** The collection year checked, by its end year (2023 for 2022-23). */
  endYear: number;
  referenceData: ReferenceData;
  /** A fact derived from the whole run (`dataView`), built on first use. */
  derived<T>(view: DataView<T>): T;
}

/** Rows a rule flags, by table (row numbers as in `RuleTable`; order and repeats do not matter). */
export type RuleFlags = Partial<Record<TableKey, Iterable<number>>>;

/**
 * One rule's logic. Its message, fields and tables come from the catalogue by `code`; the
 * logic declares only what the catalogue cannot say.
 */
export interface RuleDefinition {
  code: string;
  /** The first collection year this logic is the DfE's (default: the base year, 2022-23). */
  since?: string;
  /**
   * `"row"`: every flag depends only on the flagged row's own values, so a row fails alone as it
   * fails among others (test/validation/properties.test.ts holds every such rule to it).
   */
  scope?: "row";
  /** Tables the rule reads when present but runs without (default: it needs them all). */
  optional?: readonly TableKey[];
  check(data: RuleData): RuleFlags;
}

export function defineRule(definition: RuleDefinition): RuleDefinition {
  return Object.freeze(definition);
}

/** Rows of `table` for which `test(row)` holds: the shape of every single-table rule. */
export function rowsWhere(table: RuleTable, test: (row: number) => boolean): number[] {
  const rows: number[] = [];
  for (let row = 0; row < table.rowCount; row += 1) if (test(row)) rows.push(row);
  return rows;
}
