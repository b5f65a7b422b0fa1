import { type Day, ukFromDay, dayFromYmd } from "../../dates/day.js";
import type { TableRecords, ReasonForNewEpisode } from "../../model/records.js";
import type { SourceRef } from "../../model/issue.js";
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

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  required: boolean;
  blankAllowed: boolean;
}

/** A checked value: text (ids, codes, choices), a Day or number, or null when blank. */
export type Value = string | number | null;
export type Values = Readonly<Record<string, Value>>;

export interface RecordBase {
  childId: string;
  source: SourceRef;
  readOrder: number;
}

/** Reports from a table's own record checks (episodes). */
export interface RecordCheckContext {
  error(code: "end-before-start" | "missing-value", column: string | null, message: string): void;
  warning(code: "reason-on-open-episode" | "missing-reason" | "code-not-in-year", column: string | null, message: string): void;
}

export interface TableSpec<T extends TableName = TableName> {
  table: T;
  columns: readonly ColumnSpec[];
  /** Cross-column checks of one record; returns the values to build from (may blank some). */
  check?: (values: Values, context: RecordCheckContext) => Values;
  build: (values: Values, base: RecordBase) => TableRecords[T][number];
}

const R = (name: string, type: ColumnType): ColumnSpec => ({ name, type, required: true, blankAllowed: false });
const RB = (name: string, type: ColumnType): ColumnSpec => ({ name, type, required: true, blankAllowed: true });
const O = (name: string, type: ColumnType): ColumnSpec => ({ name, type, required: false, blankAllowed: true });

const id: ColumnType = { kind: "id" };
const text: ColumnType = { kind: "text" };
const date: ColumnType = { kind: "date" };
const flag: ColumnType = { kind: "flag" };
const code = (list: CodeListName): ColumnType => ({ kind: "code", list });
const choice = (values: readonly string[], issue: "unknown-code" | "invalid-value" = "unknown-code"): ColumnType => ({ kind: "choice", values, issue });

// Typed reads of checked values (the reader guarantees the kind per column type).
const s = (v: Values, name: string): string | null => (v[name] ?? null) as string | null;
const req = (v: Values, name: string): string => v[name] as string;
const d = (v: Values, name: string): Day | null => (v[name] ?? null) as Day | null;
const dReq = (v: Values, name: string): Day => v[name] as Day;
const f = (v: Values, name: string): 0 | 1 | null => (v[name] ?? null) as 0 | 1 | null;
const n = (v: Values, name: string): number | null => (v[name] ?? null) as number | null;

const CHILD = R("CHILD", id);
const DOB = O("DOB", date);

/** PLACE P2 (independent living) was withdrawn on 28/10/2023 (data.md §5). */
const P2_LAST_DAY = dayFromYmd(2023, 10, 28);

function checkEpisode(values: Values, context: RecordCheckContext): Values {
  const start = dReq(values, "DECOM");
  const end = d(values, "DEC");
  const reason = s(values, "REC");
  if (end !== null && end < start) {
    context.error("end-before-start", "DEC", `DEC ${ukFromDay(end)} is before DECOM ${ukFromDay(start)}`);
  }
  if (s(values, "PLACE") === "P2" && start > P2_LAST_DAY) {
    context.warning("code-not-in-year", "PLACE", `PLACE P2 is not used after 28/10/2023 but starts ${ukFromDay(start)}`);
  }
  if (end === null && reason !== null) {
    context.warning("reason-on-open-episode", "REC", `REC ${reason} on an open episode (DEC blank) is ignored`);
    return { ...values, REC: null };
  }
  if (end !== null && reason === null) context.warning("missing-reason", "REC", `DEC ${ukFromDay(end)} has a blank REC`);
  return values;
}

export const TABLE_SPECS: { [T in TableName]: TableSpec<T> } = {
  header: {
    table: "header",
    columns: [CHILD, O("SEX", code("SEX")), R("DOB", date), O("ETHNIC", code("ETHNIC")), O("UPN", id), O("MOTHER", flag), O("MC_DOB", date)],
    build: (v, base) => ({
      childId: base.childId, source: base.source, readOrder: base.readOrder, sex: s(v, "SEX"), dateOfBirth: dReq(v, "DOB"), ethnicity: s(v, "ETHNIC"), upn: s(v, "UPN"),
      motherFlag: f(v, "MOTHER"), motherChildDateOfBirth: d(v, "MC_DOB"),
    }),
  },
  episodes: {
    table: "episodes",
    columns: [
      CHILD, R("DECOM", date), R("RNE", code("RNE")), R("LS", code("LS")), O("CIN", code("CIN")), R("PLACE", code("PLACE")),
      O("PLACE_PROVIDER", code("PLACE_PROVIDER")), RB("DEC", date), RB("REC", code("REC")),
      O("REASON_PLACE_CHANGE", code("REASON_PLACE_CHANGE")), O("HOME_POST", text), O("PL_POST", text), O("URN", text),
    ],
    check: checkEpisode,
    build: (v, base) => ({
      childId: base.childId, source: base.source, readOrder: base.readOrder, start: dReq(v, "DECOM"), end: d(v, "DEC"), reasonForNewEpisode: req(v, "RNE") as ReasonForNewEpisode,
      legalStatus: req(v, "LS"), categoryOfNeed: s(v, "CIN"), placementType: req(v, "PLACE"),
      placementProvider: s(v, "PLACE_PROVIDER"), endReason: s(v, "REC"), placementChangeReason: s(v, "REASON_PLACE_CHANGE"),
      homePostcode: s(v, "HOME_POST"), placementPostcode: s(v, "PL_POST"), urn: s(v, "URN"),
    }),
  },
  reviews: {
    table: "reviews",
    columns: [CHILD, DOB, R("REVIEW", date), O("REVIEW_CODE", code("REVIEW_CODE"))],
    build: (v, base) => ({ childId: base.childId, source: base.source, readOrder: base.readOrder, dateOfBirth: d(v, "DOB"), date: dReq(v, "REVIEW"), participation: s(v, "REVIEW_CODE") }),
  },
  uasc: {
    table: "uasc",
    columns: [CHILD, O("SEX", code("SEX")), DOB, O("DUC", date)],
    build: (v, base) => ({ childId: base.childId, source: base.source, readOrder: base.readOrder, sex: s(v, "SEX"), dateOfBirth: d(v, "DOB"), ceased: d(v, "DUC") }),
  },
  oc2: {
    table: "oc2",
    columns: [
      CHILD, DOB, O("SDQ_SCORE", { kind: "integer", min: 0, max: 40 }), O("SDQ_REASON", code("SDQ_REASON")),
      ...["CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE",
        "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"].map((name) => O(name, flag)),
    ],
    build: (v, base) => ({
      childId: base.childId, source: base.source, readOrder: base.readOrder, dateOfBirth: d(v, "DOB"), sdqScore: n(v, "SDQ_SCORE"), sdqReason: s(v, "SDQ_REASON"),
      convicted: f(v, "CONVICTED"), healthCheck: f(v, "HEALTH_CHECK"), immunisations: f(v, "IMMUNISATIONS"),
      teethCheck: f(v, "TEETH_CHECK"), healthAssessment: f(v, "HEALTH_ASSESSMENT"), substanceMisuse: f(v, "SUBSTANCE_MISUSE"),
      interventionReceived: f(v, "INTERVENTION_RECEIVED"), interventionOffered: f(v, "INTERVENTION_OFFERED"),
    }),
  },
  oc3: {
    table: "oc3",
    columns: [CHILD, DOB, R("IN_TOUCH", code("IN_TOUCH")), R("ACTIV", code("ACTIV")), R("ACCOM", code("ACCOM"))],
    build: (v, base) => ({
      childId: base.childId, source: base.source, readOrder: base.readOrder, dateOfBirth: d(v, "DOB"), inTouch: req(v, "IN_TOUCH"), activity: req(v, "ACTIV"), accommodation: req(v, "ACCOM"),
    }),
  },
  ad1: {
    table: "ad1",
    columns: [
      CHILD, DOB, R("DATE_INT", date), R("DATE_MATCH", date), R("FOSTER_CARE", flag),
      O("NB_ADOPTR", { kind: "integer", min: 0, max: 99 }), O("SEX_ADOPTR", code("SEX_ADOPTR")), O("LS_ADOPTR", code("LS_ADOPTR")),
    ],
    build: (v, base) => ({
      childId: base.childId, source: base.source, readOrder: base.readOrder, dateOfBirth: d(v, "DOB"), decisionDate: dReq(v, "DATE_INT"), matchDate: dReq(v, "DATE_MATCH"),
      fosterCare: v.FOSTER_CARE as 0 | 1, numberOfAdopters: n(v, "NB_ADOPTR"), sexOfAdopters: s(v, "SEX_ADOPTR"),
      legalStatusOfAdopters: s(v, "LS_ADOPTR"),
    }),
  },
  placed_for_adoption: {
    table: "placed_for_adoption",
    columns: [CHILD, DOB, R("DATE_PLACED", date), O("DATE_PLACED_CEASED", date), O("REASON_PLACED_CEASED", code("REASON_PLACED_CEASED"))],
    build: (v, base) => ({
      childId: base.childId, source: base.source, readOrder: base.readOrder, dateOfBirth: d(v, "DOB"), datePlaced: dReq(v, "DATE_PLACED"), datePlacedCeased: d(v, "DATE_PLACED_CEASED"),
      reasonPlacedCeased: s(v, "REASON_PLACED_CEASED"),
    }),
  },
  previous_permanence: {
    table: "previous_permanence",
    columns: [CHILD, DOB, O("PREV_PERM", code("PREV_PERM")), O("LA_PERM", text), O("DATE_PERM", text)],
    build: (v, base) => ({
      childId: base.childId, source: base.source, readOrder: base.readOrder, dateOfBirth: d(v, "DOB"), previousPermanence: s(v, "PREV_PERM"), localAuthority: s(v, "LA_PERM"),
      datePermanence: s(v, "DATE_PERM"),
    }),
  },
  missing: {
    table: "missing",
    columns: [CHILD, DOB, R("MISSING", code("MISSING")), R("MIS_START", date), O("MIS_END", date)],
    build: (v, base) => ({
      childId: base.childId, source: base.source, readOrder: base.readOrder, dateOfBirth: d(v, "DOB"), kind: req(v, "MISSING") as "M" | "A", start: dReq(v, "MIS_START"), end: d(v, "MIS_END"),
    }),
  },
  sw_episodes: {
    table: "sw_episodes",
    columns: [CHILD, DOB, R("SW_ID", { kind: "id", prefixes: ["SW", "XX"] }), R("SW_DECOM", date), O("SW_DEC", date), O("SW_REASON", code("SW_REASON"))],
    build: (v, base) => ({
      childId: base.childId, source: base.source, readOrder: base.readOrder, dateOfBirth: d(v, "DOB"), socialWorkerId: req(v, "SW_ID"), start: dReq(v, "SW_DECOM"), end: d(v, "SW_DEC"),
      reason: s(v, "SW_REASON"),
    }),
  },
  visits: {
    table: "visits",
    columns: [
      CHILD, R("VISIT_DATE", date), O("VISIT_TYPE", choice(["statutory", "other"])), O("SEEN", choice(["Y", "N"], "invalid-value")),
      O("SEEN_ALONE", choice(["Y", "N"], "invalid-value")),
    ],
    build: (v, base) => ({
      childId: base.childId, source: base.source, readOrder: base.readOrder, date: dReq(v, "VISIT_DATE"), visitType: (s(v, "VISIT_TYPE") ?? "statutory") as "statutory" | "other",
      seen: (s(v, "SEEN") ?? "Y") as "Y" | "N", seenAlone: s(v, "SEEN_ALONE") as "Y" | "N" | null,
    }),
  },
  health_assessments: {
    table: "health_assessments",
    columns: [CHILD, R("TYPE", choice(["initial", "review", "dental"])), R("DATE", date), O("REQUESTED", date)],
    build: (v, base) => ({
      childId: base.childId, source: base.source, readOrder: base.readOrder, type: req(v, "TYPE") as "initial" | "review" | "dental", date: dReq(v, "DATE"), requested: d(v, "REQUESTED"),
    }),
  },
  peps: {
    table: "peps",
    columns: [CHILD, R("PEP_DATE", date)],
    build: (v, base) => ({ childId: base.childId, source: base.source, readOrder: base.readOrder, date: dReq(v, "PEP_DATE") }),
  },
  pathway_plans: {
    table: "pathway_plans",
    columns: [
      CHILD, DOB, R("CATEGORY", choice(["eligible", "relevant", "former-relevant", "qualifying"])), O("CASE_OPEN", date),
      O("CASE_CLOSED", date), O("PLAN_DATE", date),
    ],
    build: (v, base) => ({
      childId: base.childId, source: base.source, readOrder: base.readOrder, dateOfBirth: d(v, "DOB"),
      category: req(v, "CATEGORY") as "eligible" | "relevant" | "former-relevant" | "qualifying",
      caseOpen: d(v, "CASE_OPEN"), caseClosed: d(v, "CASE_CLOSED"), planDate: d(v, "PLAN_DATE"),
    }),
  },
};
