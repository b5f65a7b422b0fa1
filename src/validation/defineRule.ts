import type { Day } from "../dates/day.js";
import type { RuleTable, TableKey } from "./ruleTable.js";

/** A postcode's facts from the ONS postcode directory (docs/validation.md, "Reference data"). */
export interface PostcodeFacts {
  /** ONS code of the upper-tier local authority the postcode lies in (`E10000003`). */
  la: string;
  /** Ordnance Survey grid reference in metres (the directory's oseast1m, osnrth1m). */
  easting: number;
  northing: number;
}

/** An Ofsted-registered provider's facts, by its URN (docs/validation.md, "Reference data"). */
export interface OfstedProvider {
  /** The PLACE_PROVIDER codes the provider may carry (`PR1`…`PR5`). */
  providerCodes: readonly string[];
  /** The PLACE codes its registration allows. */
  placementCodes: readonly string[];
  /** The day its registration ended, or null while it is registered. */
  registrationEnd: Day | null;
  /** The old-style three-digit code of the council it lies in, when known. */
  localAuthority: string | null;
}

/** What a rule may read besides the tables (the config names the files; docs/validation.md). */
export interface ReferenceData {
  /** The returning council's old-style three-digit LA code (`873`). */
  localAuthority?: string;
  /** Postcodes by their upper-cased form without spaces (`CB11AA`). */
  postcodes?: ReadonlyMap<string, PostcodeFacts>;
  /** Ofsted providers by URN. */
  ofstedProviders?: ReadonlyMap<string, OfstedProvider>;
}

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
