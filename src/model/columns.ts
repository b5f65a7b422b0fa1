import type { TableRecord } from "./records.js";
import type { Table903, TableName } from "./tables.js";
import { TABLES_903 } from "./tables.js";

/**
 * The columns of every 903 and local table (data.md §4 and §6), declared once: the 903 reader
 * (src/io) and the spreadsheet wrapper (src/sheets) both derive their column lists from here,
 * so a column added to the contract is added in one place. Each column names the record field
 * it fills (src/model/records.ts). Code-list contents live with the reader; only names are here.
 */

/** The code lists of data.md §5 by name (their codes: src/model/codeLists.ts). */
export const CODE_LIST_NAMES = [
  "SEX", "RNE", "LS", "PLACE", "PLACE_PROVIDER", "REC", "CIN", "REASON_PLACE_CHANGE", "REVIEW_CODE", "ETHNIC", "MISSING",
  "IN_TOUCH", "ACTIV", "ACCOM", "SDQ_REASON", "SEX_ADOPTR", "LS_ADOPTR", "REASON_PLACED_CEASED", "PREV_PERM", "SW_REASON",
] as const;
export type CodeListName = (typeof CODE_LIST_NAMES)[number];

/**
 * The lists holding the code `0`. A spreadsheet cannot tell a blank from 0, so only in these
 * columns does a numeric 0 read as a code (the io tests check this against the lists).
 */
export const CODE_LISTS_WITH_ZERO: readonly CodeListName[] = ["ACTIV", "ACCOM"];

export type ColumnType =
  | { kind: "id"; prefixes?: readonly string[] }
  | { kind: "text" }
  | { kind: "code"; list: CodeListName }
  | { kind: "date" }
  | { kind: "flag" }
  | { kind: "integer"; min: number; max: number }
  /** Local-table values, case-insensitive; stored in the case of `values`. */
  | { kind: "choice"; values: readonly string[]; issue: "unknown-code" | "invalid-value" };

/**
 * One column. `required`: the header must have it (absent → missing-column). A blank or bad
 * value in a required column rejects the record unless `blankAllowed`.
 */
export interface ColumnDeclaration<N extends string = string, F extends string = string> {
  /** The column name as the contract spells it (upper case). */
  name: N;
  /** The record field it fills. */
  field: F;
  type: ColumnType;
  required: boolean;
  blankAllowed: boolean;
}

const R = <N extends string, F extends string>(name: N, field: F, type: ColumnType): ColumnDeclaration<N, F> => ({ name, field, type, required: true, blankAllowed: false });
const RB = <N extends string, F extends string>(name: N, field: F, type: ColumnType): ColumnDeclaration<N, F> => ({ name, field, type, required: true, blankAllowed: true });
const O = <N extends string, F extends string>(name: N, field: F, type: ColumnType): ColumnDeclaration<N, F> => ({ name, field, type, required: false, blankAllowed: true });

const id: ColumnType = { kind: "id" };
const text: ColumnType = { kind: "text" };
const date: ColumnType = { kind: "date" };
const flag: ColumnType = { kind: "flag" };
const code = (list: CodeListName): ColumnType => ({ kind: "code", list });
const integer = (min: number, max: number): ColumnType => ({ kind: "integer", min, max });
const choice = (values: readonly string[], issue: "unknown-code" | "invalid-value" = "unknown-code"): ColumnType => ({ kind: "choice", values, issue });

const CHILD = R("CHILD", "childId", id);
const DOB = O("DOB", "dateOfBirth", date);

/** Per table, its columns in contract order; each field is checked against the table's record type. */
export const TABLE_COLUMNS = {
  header: [
    CHILD, O("SEX", "sex", code("SEX")), R("DOB", "dateOfBirth", date), O("ETHNIC", "ethnicity", code("ETHNIC")), O("UPN", "upn", id),
    O("MOTHER", "motherFlag", flag), O("MC_DOB", "motherChildDateOfBirth", date),
  ],
  episodes: [
    CHILD, R("DECOM", "start", date), R("RNE", "reasonForNewEpisode", code("RNE")), R("LS", "legalStatus", code("LS")),
    O("CIN", "categoryOfNeed", code("CIN")), R("PLACE", "placementType", code("PLACE")),
    O("PLACE_PROVIDER", "placementProvider", code("PLACE_PROVIDER")), RB("DEC", "end", date), RB("REC", "endReason", code("REC")),
    O("REASON_PLACE_CHANGE", "placementChangeReason", code("REASON_PLACE_CHANGE")), O("HOME_POST", "homePostcode", text),
    O("PL_POST", "placementPostcode", text), O("URN", "urn", text),
  ],
  reviews: [CHILD, DOB, R("REVIEW", "date", date), O("REVIEW_CODE", "participation", code("REVIEW_CODE"))],
  uasc: [CHILD, O("SEX", "sex", code("SEX")), DOB, O("DUC", "ceased", date)],
  oc2: [
    CHILD, DOB, O("SDQ_SCORE", "sdqScore", integer(0, 40)), O("SDQ_REASON", "sdqReason", code("SDQ_REASON")),
    O("CONVICTED", "convicted", flag), O("HEALTH_CHECK", "healthCheck", flag), O("IMMUNISATIONS", "immunisations", flag),
    O("TEETH_CHECK", "teethCheck", flag), O("HEALTH_ASSESSMENT", "healthAssessment", flag), O("SUBSTANCE_MISUSE", "substanceMisuse", flag),
    O("INTERVENTION_RECEIVED", "interventionReceived", flag), O("INTERVENTION_OFFERED", "interventionOffered", flag),
  ],
  oc3: [CHILD, DOB, R("IN_TOUCH", "inTouch", code("IN_TOUCH")), R("ACTIV", "activity", code("ACTIV")), R("ACCOM", "accommodation", code("ACCOM"))],
  ad1: [
    CHILD, DOB, R("DATE_INT", "decisionDate", date), R("DATE_MATCH", "matchDate", date), R("FOSTER_CARE", "fosterCare", flag),
    O("NB_ADOPTR", "numberOfAdopters", integer(0, 99)), O("SEX_ADOPTR", "sexOfAdopters", code("SEX_ADOPTR")),
    O("LS_ADOPTR", "legalStatusOfAdopters", code("LS_ADOPTR")),
  ],
  placed_for_adoption: [
    CHILD, DOB, R("DATE_PLACED", "datePlaced", date), O("DATE_PLACED_CEASED", "datePlacedCeased", date),
    O("REASON_PLACED_CEASED", "reasonPlacedCeased", code("REASON_PLACED_CEASED")),
  ],
  previous_permanence: [
    CHILD, DOB, O("PREV_PERM", "previousPermanence", code("PREV_PERM")), O("LA_PERM", "localAuthority", text), O("DATE_PERM", "datePermanence", text),
  ],
  missing: [CHILD, DOB, R("MISSING", "kind", code("MISSING")), R("MIS_START", "start", date), O("MIS_END", "end", date)],
  sw_episodes: [
    CHILD, DOB, R("SW_ID", "socialWorkerId", { kind: "id", prefixes: ["SW", "XX"] }), R("SW_DECOM", "start", date), O("SW_DEC", "end", date),
    O("SW_REASON", "reason", code("SW_REASON")),
  ],
  visits: [
    CHILD, R("VISIT_DATE", "date", date), O("VISIT_TYPE", "visitType", choice(["statutory", "other"])),
    O("SEEN", "seen", choice(["Y", "N"], "invalid-value")), O("SEEN_ALONE", "seenAlone", choice(["Y", "N"], "invalid-value")),
  ],
  health_assessments: [CHILD, R("TYPE", "type", choice(["initial", "review", "dental"])), R("DATE", "date", date), O("REQUESTED", "requested", date)],
  peps: [CHILD, R("PEP_DATE", "date", date)],
  pathway_plans: [
    CHILD, DOB, R("CATEGORY", "category", choice(["eligible", "relevant", "former-relevant", "qualifying"])), O("CASE_OPEN", "caseOpen", date),
    O("CASE_CLOSED", "caseClosed", date), O("PLAN_DATE", "planDate", date),
  ],
} as const satisfies { [T in TableName]: readonly ColumnDeclaration<string, keyof TableRecord<T> & string>[] };

/** The column names of a table, as literal types (for position lookups by name). */
export type ColumnName<T extends TableName> = (typeof TABLE_COLUMNS)[T][number]["name"];

/**
 * DoLo.csv (deprivation of liberty, from 2026-27): read only by the DfE validation rules
 * (src/validation); data.md has the reader report it as `unknown-file`.
 */
export const DOLO_COLUMNS = ["CHILD", "DOB", "DOLO_START", "DOLO_END"] as const;

/** The 903 tables the DfE validation rules address: the reader's, and DoLo. */
export type RuleTableName = Table903 | "DoLo";
export const RULE_TABLES: readonly RuleTableName[] = [...TABLES_903, "DoLo"];

/** The column names of a table the rules read, in contract order. */
export function ruleTableColumns(table: RuleTableName): readonly string[] {
  return table === "DoLo" ? DOLO_COLUMNS : TABLE_COLUMNS[table].map((column) => column.name);
}
