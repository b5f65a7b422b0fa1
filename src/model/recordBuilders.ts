import type { Day } from "../dates/day.js";
import { type ColumnDeclaration, TABLE_COLUMNS } from "./columns.js";
import type { ReasonForNewEpisode, TableRecord } from "./records.js";
import type { TableName } from "./tables.js";

/**
 * How a checked row of each table (its values in the order of `TABLE_COLUMNS`) becomes the
 * model's typed record: the one place a column meets its record field, used by the CSV reader
 * and the sheets alike. Rows reach a builder already checked (required values present, each
 * of its column's type), so the reads below only narrow types. Object literals with every
 * field in one order: each table's records share one hidden class.
 */

/** A checked value: text (ids, codes, choices), a Day or number, or null when blank. */
export type Value = string | number | null;
/** A record's checked values in the order of its table's `TABLE_COLUMNS`. */
export type Row = readonly Value[];
/** The typed record of a checked row; `readOrder` is numbered later by the caller. */
export type RecordBuilder<T extends TableName> = (row: Row, file: string, line: number) => TableRecord<T>;

/** Each column's position in a row, by name: builds read rows by name at array speed. */
export function positions<const C extends readonly ColumnDeclaration[]>(columns: C): { readonly [K in C[number]["name"]]: number } {
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

const H = positions(TABLE_COLUMNS.header);
const E = positions(TABLE_COLUMNS.episodes);
const RV = positions(TABLE_COLUMNS.reviews);
const U = positions(TABLE_COLUMNS.uasc);
const O2 = positions(TABLE_COLUMNS.oc2);
const O3 = positions(TABLE_COLUMNS.oc3);
const A = positions(TABLE_COLUMNS.ad1);
const PA = positions(TABLE_COLUMNS.placed_for_adoption);
const PP = positions(TABLE_COLUMNS.previous_permanence);
const M = positions(TABLE_COLUMNS.missing);
const SW = positions(TABLE_COLUMNS.sw_episodes);
const V = positions(TABLE_COLUMNS.visits);
const HA = positions(TABLE_COLUMNS.health_assessments);
const PE = positions(TABLE_COLUMNS.peps);
const PW = positions(TABLE_COLUMNS.pathway_plans);


export const RECORD_BUILDERS: { readonly [T in TableName]: RecordBuilder<T> } = {
  header: (v, file, line) => ({
      childId: req(v, H.CHILD), file, line, readOrder: 0, sex: s(v, H.SEX), dateOfBirth: dReq(v, H.DOB), ethnicity: s(v, H.ETHNIC), upn: s(v, H.UPN),
      motherFlag: f(v, H.MOTHER), motherChildDateOfBirth: d(v, H.MC_DOB),
    }),
  episodes: (v, file, line) => ({
      childId: req(v, E.CHILD), file, line, readOrder: 0, start: dReq(v, E.DECOM), end: d(v, E.DEC), reasonForNewEpisode: req(v, E.RNE) as ReasonForNewEpisode,
      legalStatus: req(v, E.LS), categoryOfNeed: s(v, E.CIN), placementType: req(v, E.PLACE),
      placementProvider: s(v, E.PLACE_PROVIDER), endReason: s(v, E.REC), placementChangeReason: s(v, E.REASON_PLACE_CHANGE),
      homePostcode: s(v, E.HOME_POST), placementPostcode: s(v, E.PL_POST), urn: s(v, E.URN),
    }),
  reviews: (v, file, line) => ({ childId: req(v, RV.CHILD), file, line, readOrder: 0, dateOfBirth: d(v, RV.DOB), date: dReq(v, RV.REVIEW), participation: s(v, RV.REVIEW_CODE) }),
  uasc: (v, file, line) => ({ childId: req(v, U.CHILD), file, line, readOrder: 0, sex: s(v, U.SEX), dateOfBirth: d(v, U.DOB), ceased: d(v, U.DUC) }),
  oc2: (v, file, line) => ({
      childId: req(v, O2.CHILD), file, line, readOrder: 0, dateOfBirth: d(v, O2.DOB), sdqScore: n(v, O2.SDQ_SCORE), sdqReason: s(v, O2.SDQ_REASON),
      convicted: f(v, O2.CONVICTED), healthCheck: f(v, O2.HEALTH_CHECK), immunisations: f(v, O2.IMMUNISATIONS),
      teethCheck: f(v, O2.TEETH_CHECK), healthAssessment: f(v, O2.HEALTH_ASSESSMENT), substanceMisuse: f(v, O2.SUBSTANCE_MISUSE),
      interventionReceived: f(v, O2.INTERVENTION_RECEIVED), interventionOffered: f(v, O2.INTERVENTION_OFFERED),
    }),
  oc3: (v, file, line) => ({
      childId: req(v, O3.CHILD), file, line, readOrder: 0, dateOfBirth: d(v, O3.DOB), inTouch: req(v, O3.IN_TOUCH), activity: req(v, O3.ACTIV), accommodation: req(v, O3.ACCOM),
    }),
  ad1: (v, file, line) => ({
      childId: req(v, A.CHILD), file, line, readOrder: 0, dateOfBirth: d(v, A.DOB), decisionDate: dReq(v, A.DATE_INT), matchDate: dReq(v, A.DATE_MATCH),
      fosterCare: v[A.FOSTER_CARE] as 0 | 1, numberOfAdopters: n(v, A.NB_ADOPTR), sexOfAdopters: s(v, A.SEX_ADOPTR),
      legalStatusOfAdopters: s(v, A.LS_ADOPTR),
    }),
  placed_for_adoption: (v, file, line) => ({
      childId: req(v, PA.CHILD), file, line, readOrder: 0, dateOfBirth: d(v, PA.DOB), datePlaced: dReq(v, PA.DATE_PLACED), datePlacedCeased: d(v, PA.DATE_PLACED_CEASED),
      reasonPlacedCeased: s(v, PA.REASON_PLACED_CEASED),
    }),
  previous_permanence: (v, file, line) => ({
      childId: req(v, PP.CHILD), file, line, readOrder: 0, dateOfBirth: d(v, PP.DOB), previousPermanence: s(v, PP.PREV_PERM), localAuthority: s(v, PP.LA_PERM),
      datePermanence: s(v, PP.DATE_PERM),
    }),
  missing: (v, file, line) => ({
      childId: req(v, M.CHILD), file, line, readOrder: 0, dateOfBirth: d(v, M.DOB), kind: req(v, M.MISSING) as "M" | "A", start: dReq(v, M.MIS_START), end: d(v, M.MIS_END),
    }),
  sw_episodes: (v, file, line) => ({
      childId: req(v, SW.CHILD), file, line, readOrder: 0, dateOfBirth: d(v, SW.DOB), socialWorkerId: req(v, SW.SW_ID), start: dReq(v, SW.SW_DECOM), end: d(v, SW.SW_DEC),
      reason: s(v, SW.SW_REASON),
    }),
  visits: (v, file, line) => ({
      childId: req(v, V.CHILD), file, line, readOrder: 0, date: dReq(v, V.VISIT_DATE), visitType: (s(v, V.VISIT_TYPE) ?? "statutory") as "statutory" | "other",
      seen: (s(v, V.SEEN) ?? "Y") as "Y" | "N", seenAlone: s(v, V.SEEN_ALONE) as "Y" | "N" | null,
    }),
  health_assessments: (v, file, line) => ({
      childId: req(v, HA.CHILD), file, line, readOrder: 0, type: req(v, HA.TYPE) as "initial" | "review" | "dental", date: dReq(v, HA.DATE), requested: d(v, HA.REQUESTED),
    }),
  peps: (v, file, line) => ({ childId: req(v, PE.CHILD), file, line, readOrder: 0, date: dReq(v, PE.PEP_DATE) }),
  pathway_plans: (v, file, line) => ({
      childId: req(v, PW.CHILD), file, line, readOrder: 0, dateOfBirth: d(v, PW.DOB),
      category: req(v, PW.CATEGORY) as "eligible" | "relevant" | "former-relevant" | "qualifying",
      caseOpen: d(v, PW.CASE_OPEN), caseClosed: d(v, PW.CASE_CLOSED), planDate: d(v, PW.PLAN_DATE),
    }),
};
