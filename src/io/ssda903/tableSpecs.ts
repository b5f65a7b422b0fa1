import { type Day, ukFromDay, dayFromYmd } from "../../dates/day.js";
import type { TableRecords, ReasonForNewEpisode } from "../../model/records.js";
import type { TableName } from "../../model/tables.js";
import type { CodeListName } from "./codeLists.js";

/**
 * The columns of every table (data.md §4 and §6) and how a checked row becomes a typed record
 * (src/model/records.ts). R = required column: absent → missing-column; a blank or bad value
 * rejects the record unless `blankAllowed`.
 */
export type ColumnType =
  | { kind: "id"; prefixes?: readonly string[] }
  | { kind: "text" }
  | { kind: "code"; list: CodeListName }
  | { kind: "date" }
  | { kind: "flag" }
  | { kind: "integer"; min: number; max: number }
  /** Local-table values, case-insensitive; stored in the case of `values`. */
  | { kind: "choice"; values: readonly string[]; issue: "unknown-code" | "invalid-value" };

export interface ColumnSpec<N extends string = string> {
  name: N;
  type: ColumnType;
  required: boolean;
  blankAllowed: boolean;
}

/** A checked value: text (ids, codes, choices), a Day or number, or null when blank. */
export type Value = string | number | null;
/** A record's checked values in the order of its table's `columns`. */
export type Row = readonly Value[];

/** Reports from a table's own record checks (episodes). */
export interface RecordCheckContext {
  error(code: "end-before-start" | "missing-value", column: string | null, message: string): void;
  warning(code: "reason-on-open-episode" | "missing-reason" | "code-not-in-year", column: string | null, message: string | (() => string)): void;
}

export interface TableSpec<T extends TableName = TableName> {
  table: T;
  columns: readonly ColumnSpec[];
  /** Cross-column checks of one record; may blank values of `row` in place. */
  check?: (row: Value[], context: RecordCheckContext) => void;
  /** The typed record of a checked row; `readOrder` is numbered later. */
  build: (row: Row, file: string, line: number) => TableRecords[T][number];
}

const R = <N extends string>(name: N, type: ColumnType): ColumnSpec<N> => ({ name, type, required: true, blankAllowed: false });
const RB = <N extends string>(name: N, type: ColumnType): ColumnSpec<N> => ({ name, type, required: true, blankAllowed: true });
const O = <N extends string>(name: N, type: ColumnType): ColumnSpec<N> => ({ name, type, required: false, blankAllowed: true });

const id: ColumnType = { kind: "id" };
const text: ColumnType = { kind: "text" };
const date: ColumnType = { kind: "date" };
const flag: ColumnType = { kind: "flag" };
const code = (list: CodeListName): ColumnType => ({ kind: "code", list });
const choice = (values: readonly string[], issue: "unknown-code" | "invalid-value" = "unknown-code"): ColumnType => ({ kind: "choice", values, issue });

/** Each column's position in a row, by name: builds read rows by name at array speed. */
function positions<const C extends readonly ColumnSpec[]>(columns: C): { readonly [K in C[number]["name"]]: number } {
  const byName: Record<string, number> = {};
  columns.forEach((column, k) => {
    byName[column.name] = k;
  });
  return byName as { readonly [K in C[number]["name"]]: number };
}

// Typed reads of checked values (the reader guarantees the kind per column type).
const s = (v: Row, k: number): string | null => (v[k] ?? null) as string | null;
const req = (v: Row, k: number): string => v[k] as string;
const d = (v: Row, k: number): Day | null => (v[k] ?? null) as Day | null;
const dReq = (v: Row, k: number): Day => v[k] as Day;
const f = (v: Row, k: number): 0 | 1 | null => (v[k] ?? null) as 0 | 1 | null;
const n = (v: Row, k: number): number | null => (v[k] ?? null) as number | null;

const CHILD = R("CHILD", id);
const DOB = O("DOB", date);

const HEADER = [CHILD, O("SEX", code("SEX")), R("DOB", date), O("ETHNIC", code("ETHNIC")), O("UPN", id), O("MOTHER", flag), O("MC_DOB", date)] as const;
const EPISODES = [
  CHILD, R("DECOM", date), R("RNE", code("RNE")), R("LS", code("LS")), O("CIN", code("CIN")), R("PLACE", code("PLACE")),
  O("PLACE_PROVIDER", code("PLACE_PROVIDER")), RB("DEC", date), RB("REC", code("REC")),
  O("REASON_PLACE_CHANGE", code("REASON_PLACE_CHANGE")), O("HOME_POST", text), O("PL_POST", text), O("URN", text),
] as const;
const REVIEWS = [CHILD, DOB, R("REVIEW", date), O("REVIEW_CODE", code("REVIEW_CODE"))] as const;
const UASC = [CHILD, O("SEX", code("SEX")), DOB, O("DUC", date)] as const;
const OC2 = [
  CHILD, DOB, O("SDQ_SCORE", { kind: "integer", min: 0, max: 40 }), O("SDQ_REASON", code("SDQ_REASON")),
  O("CONVICTED", flag), O("HEALTH_CHECK", flag), O("IMMUNISATIONS", flag), O("TEETH_CHECK", flag), O("HEALTH_ASSESSMENT", flag),
  O("SUBSTANCE_MISUSE", flag), O("INTERVENTION_RECEIVED", flag), O("INTERVENTION_OFFERED", flag),
] as const;
const OC3 = [CHILD, DOB, R("IN_TOUCH", code("IN_TOUCH")), R("ACTIV", code("ACTIV")), R("ACCOM", code("ACCOM"))] as const;
const AD1 = [
  CHILD, DOB, R("DATE_INT", date), R("DATE_MATCH", date), R("FOSTER_CARE", flag),
  O("NB_ADOPTR", { kind: "integer", min: 0, max: 99 }), O("SEX_ADOPTR", code("SEX_ADOPTR")), O("LS_ADOPTR", code("LS_ADOPTR")),
] as const;
const PLACED_FOR_ADOPTION = [CHILD, DOB, R("DATE_PLACED", date), O("DATE_PLACED_CEASED", date), O("REASON_PLACED_CEASED", code("REASON_PLACED_CEASED"))] as const;
const PREVIOUS_PERMANENCE = [CHILD, DOB, O("PREV_PERM", code("PREV_PERM")), O("LA_PERM", text), O("DATE_PERM", text)] as const;
const MISSING = [CHILD, DOB, R("MISSING", code("MISSING")), R("MIS_START", date), O("MIS_END", date)] as const;
const SW_EPISODES = [CHILD, DOB, R("SW_ID", { kind: "id", prefixes: ["SW", "XX"] }), R("SW_DECOM", date), O("SW_DEC", date), O("SW_REASON", code("SW_REASON"))] as const;
const VISITS = [
  CHILD, R("VISIT_DATE", date), O("VISIT_TYPE", choice(["statutory", "other"])), O("SEEN", choice(["Y", "N"], "invalid-value")),
  O("SEEN_ALONE", choice(["Y", "N"], "invalid-value")),
] as const;
const HEALTH_ASSESSMENTS = [CHILD, R("TYPE", choice(["initial", "review", "dental"])), R("DATE", date), O("REQUESTED", date)] as const;
const PEPS = [CHILD, R("PEP_DATE", date)] as const;
const PATHWAY_PLANS = [
  CHILD, DOB, R("CATEGORY", choice(["eligible", "relevant", "former-relevant", "qualifying"])), O("CASE_OPEN", date),
  O("CASE_CLOSED", date), O("PLAN_DATE", date),
] as const;

const H = positions(HEADER);
const E = positions(EPISODES);
const RV = positions(REVIEWS);
const U = positions(UASC);
const O2 = positions(OC2);
const O3 = positions(OC3);
const A = positions(AD1);
const PA = positions(PLACED_FOR_ADOPTION);
const PP = positions(PREVIOUS_PERMANENCE);
const M = positions(MISSING);
const SW = positions(SW_EPISODES);
const V = positions(VISITS);
const HA = positions(HEALTH_ASSESSMENTS);
const PE = positions(PEPS);
const PW = positions(PATHWAY_PLANS);

/** PLACE P2 (independent living) was withdrawn on 28/10/2023 (data.md §5). */
const P2_LAST_DAY = dayFromYmd(2023, 10, 28);

function checkEpisode(row: Value[], context: RecordCheckContext): void {
  const start = dReq(row, E.DECOM);
  const end = d(row, E.DEC);
  const reason = s(row, E.REC);
  if (end !== null && end < start) {
    context.error("end-before-start", "DEC", `DEC ${ukFromDay(end)} is before DECOM ${ukFromDay(start)}`);
  }
  if (s(row, E.PLACE) === "P2" && start > P2_LAST_DAY) {
    context.warning("code-not-in-year", "PLACE", () => `PLACE P2 is not used after 28/10/2023 but starts ${ukFromDay(start)}`);
  }
  if (end === null && reason !== null) {
    context.warning("reason-on-open-episode", "REC", () => `REC ${reason} on an open episode (DEC blank) is ignored`);
    row[E.REC] = null;
    return;
  }
  if (end !== null && reason === null) context.warning("missing-reason", "REC", () => `DEC ${ukFromDay(end)} has a blank REC`);
}

export const TABLE_SPECS: { [T in TableName]: TableSpec<T> } = {
  header: {
    table: "header",
    columns: HEADER,
    build: (v, file, line) => ({
      childId: req(v, H.CHILD), file, line, readOrder: 0, sex: s(v, H.SEX), dateOfBirth: dReq(v, H.DOB), ethnicity: s(v, H.ETHNIC), upn: s(v, H.UPN),
      motherFlag: f(v, H.MOTHER), motherChildDateOfBirth: d(v, H.MC_DOB),
    }),
  },
  episodes: {
    table: "episodes",
    columns: EPISODES,
    check: checkEpisode,
    build: (v, file, line) => ({
      childId: req(v, E.CHILD), file, line, readOrder: 0, start: dReq(v, E.DECOM), end: d(v, E.DEC), reasonForNewEpisode: req(v, E.RNE) as ReasonForNewEpisode,
      legalStatus: req(v, E.LS), categoryOfNeed: s(v, E.CIN), placementType: req(v, E.PLACE),
      placementProvider: s(v, E.PLACE_PROVIDER), endReason: s(v, E.REC), placementChangeReason: s(v, E.REASON_PLACE_CHANGE),
      homePostcode: s(v, E.HOME_POST), placementPostcode: s(v, E.PL_POST), urn: s(v, E.URN),
    }),
  },
  reviews: {
    table: "reviews",
    columns: REVIEWS,
    build: (v, file, line) => ({ childId: req(v, RV.CHILD), file, line, readOrder: 0, dateOfBirth: d(v, RV.DOB), date: dReq(v, RV.REVIEW), participation: s(v, RV.REVIEW_CODE) }),
  },
  uasc: {
    table: "uasc",
    columns: UASC,
    build: (v, file, line) => ({ childId: req(v, U.CHILD), file, line, readOrder: 0, sex: s(v, U.SEX), dateOfBirth: d(v, U.DOB), ceased: d(v, U.DUC) }),
  },
  oc2: {
    table: "oc2",
    columns: OC2,
    build: (v, file, line) => ({
      childId: req(v, O2.CHILD), file, line, readOrder: 0, dateOfBirth: d(v, O2.DOB), sdqScore: n(v, O2.SDQ_SCORE), sdqReason: s(v, O2.SDQ_REASON),
      convicted: f(v, O2.CONVICTED), healthCheck: f(v, O2.HEALTH_CHECK), immunisations: f(v, O2.IMMUNISATIONS),
      teethCheck: f(v, O2.TEETH_CHECK), healthAssessment: f(v, O2.HEALTH_ASSESSMENT), substanceMisuse: f(v, O2.SUBSTANCE_MISUSE),
      interventionReceived: f(v, O2.INTERVENTION_RECEIVED), interventionOffered: f(v, O2.INTERVENTION_OFFERED),
    }),
  },
  oc3: {
    table: "oc3",
    columns: OC3,
    build: (v, file, line) => ({
      childId: req(v, O3.CHILD), file, line, readOrder: 0, dateOfBirth: d(v, O3.DOB), inTouch: req(v, O3.IN_TOUCH), activity: req(v, O3.ACTIV), accommodation: req(v, O3.ACCOM),
    }),
  },
  ad1: {
    table: "ad1",
    columns: AD1,
    build: (v, file, line) => ({
      childId: req(v, A.CHILD), file, line, readOrder: 0, dateOfBirth: d(v, A.DOB), decisionDate: dReq(v, A.DATE_INT), matchDate: dReq(v, A.DATE_MATCH),
      fosterCare: v[A.FOSTER_CARE] as 0 | 1, numberOfAdopters: n(v, A.NB_ADOPTR), sexOfAdopters: s(v, A.SEX_ADOPTR),
      legalStatusOfAdopters: s(v, A.LS_ADOPTR),
    }),
  },
  placed_for_adoption: {
    table: "placed_for_adoption",
    columns: PLACED_FOR_ADOPTION,
    build: (v, file, line) => ({
      childId: req(v, PA.CHILD), file, line, readOrder: 0, dateOfBirth: d(v, PA.DOB), datePlaced: dReq(v, PA.DATE_PLACED), datePlacedCeased: d(v, PA.DATE_PLACED_CEASED),
      reasonPlacedCeased: s(v, PA.REASON_PLACED_CEASED),
    }),
  },
  previous_permanence: {
    table: "previous_permanence",
    columns: PREVIOUS_PERMANENCE,
    build: (v, file, line) => ({
      childId: req(v, PP.CHILD), file, line, readOrder: 0, dateOfBirth: d(v, PP.DOB), previousPermanence: s(v, PP.PREV_PERM), localAuthority: s(v, PP.LA_PERM),
      datePermanence: s(v, PP.DATE_PERM),
    }),
  },
  missing: {
    table: "missing",
    columns: MISSING,
    build: (v, file, line) => ({
      childId: req(v, M.CHILD), file, line, readOrder: 0, dateOfBirth: d(v, M.DOB), kind: req(v, M.MISSING) as "M" | "A", start: dReq(v, M.MIS_START), end: d(v, M.MIS_END),
    }),
  },
  sw_episodes: {
    table: "sw_episodes",
    columns: SW_EPISODES,
    build: (v, file, line) => ({
      childId: req(v, SW.CHILD), file, line, readOrder: 0, dateOfBirth: d(v, SW.DOB), socialWorkerId: req(v, SW.SW_ID), start: dReq(v, SW.SW_DECOM), end: d(v, SW.SW_DEC),
      reason: s(v, SW.SW_REASON),
    }),
  },
  visits: {
    table: "visits",
    columns: VISITS,
    build: (v, file, line) => ({
      childId: req(v, V.CHILD), file, line, readOrder: 0, date: dReq(v, V.VISIT_DATE), visitType: (s(v, V.VISIT_TYPE) ?? "statutory") as "statutory" | "other",
      seen: (s(v, V.SEEN) ?? "Y") as "Y" | "N", seenAlone: s(v, V.SEEN_ALONE) as "Y" | "N" | null,
    }),
  },
  health_assessments: {
    table: "health_assessments",
    columns: HEALTH_ASSESSMENTS,
    build: (v, file, line) => ({
      childId: req(v, HA.CHILD), file, line, readOrder: 0, type: req(v, HA.TYPE) as "initial" | "review" | "dental", date: dReq(v, HA.DATE), requested: d(v, HA.REQUESTED),
    }),
  },
  peps: {
    table: "peps",
    columns: PEPS,
    build: (v, file, line) => ({ childId: req(v, PE.CHILD), file, line, readOrder: 0, date: dReq(v, PE.PEP_DATE) }),
  },
  pathway_plans: {
    table: "pathway_plans",
    columns: PATHWAY_PLANS,
    build: (v, file, line) => ({
      childId: req(v, PW.CHILD), file, line, readOrder: 0, dateOfBirth: d(v, PW.DOB),
      category: req(v, PW.CATEGORY) as "eligible" | "relevant" | "former-relevant" | "qualifying",
      caseOpen: d(v, PW.CASE_OPEN), caseClosed: d(v, PW.CASE_CLOSED), planDate: d(v, PW.PLAN_DATE),
    }),
  },
};
