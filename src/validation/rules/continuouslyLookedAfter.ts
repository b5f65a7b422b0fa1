import type { Day } from "../../dates/day.js";
import { collectionYearEnd, collectionYearStart } from "../../dates/collectionYear.js";
import { type RuleData, rowsWhere } from "../defineRule.js";
import { type RuleTable, type TableView, tableView } from "../ruleTable.js";
import { birthday } from "./ages.js";
import { RESPITE, episodeDuring } from "./checks.js";

/**
 * The children looked after continuously for 12 months at 31 March (the OC2 cohort), as the DfE's
 * rules define it: some episode falls in the collection year, and none starts a period of care in
 * it (RNE S after 1 April), ends one (REC other than X1, from 1 April to 30 March) or is respite
 * (LS V3, V4) within it. Dates that are not DD/MM/YYYY imply nothing.
 */
export function continuouslyLookedAfter(data: RuleData): ReadonlySet<string> {
  return data.table("episodes").view(cohortOfYear(data.endYear));
}

/**
 * One view per collection year (the cohort depends on the year's dates); the views are built
 * once per table, so the dozen rules that read the cohort share one pass over the episodes.
 */
const COHORT_VIEWS = /* @__PURE__ */ new Map<number, TableView<ReadonlySet<string>>>();

function cohortOfYear(endYear: number): TableView<ReadonlySet<string>> {
  let view = COHORT_VIEWS.get(endYear);
  if (view === undefined) {
    view = tableView((episodes) => cohortOf(episodes, collectionYearStart(endYear), collectionYearEnd(endYear)));
    COHORT_VIEWS.set(endYear, view);
  }
  return view;
}

function cohortOf(episodes: RuleTable, start: Day, end: Day): ReadonlySet<string> {
  const [decom, dec] = [episodes.dates("DECOM"), episodes.dates("DEC")];
  const [rne, rec, ls] = [episodes.column("RNE"), episodes.column("REC"), episodes.column("LS")];
  const inPeriod = episodeDuring(episodes, start, end);
  const children = new Set<string>();
  for (const [child, rows] of episodes.byChild()) {
    let inYear = false;
    let broken = false;
    for (let k = 0; k < rows.length; k += 1) {
      const row = rows[k]!;
      const during = inPeriod(row);
      const entersCare = rne[row] === "S" && decom[row] !== null && decom[row]! > start && decom[row]! <= end;
      const leavesCare = rec[row] !== "X1" && dec[row] !== null && dec[row]! >= start && dec[row]! < end;
      inYear ||= during;
      broken ||= entersCare || leavesCare || (RESPITE.has(ls[row] ?? "") && during);
    }
    if (inYear && !broken) children.add(child);
  }
  return children;
}

/** OC2 rows of the cohort with a DOB for which `fails(row, dob)` holds. */
export function cohortOc2Where(data: RuleData, fails: (row: number, dob: Day) => boolean): number[] {
  const children = continuouslyLookedAfter(data);
  const oc2 = data.table("oc2");
  const dob = oc2.dates("DOB");
  return rowsWhere(oc2, (row) => dob[row] != null && children.has(oc2.childOf(row) ?? "") && fails(row, dob[row]!));
}

/** 157, 186, 197B: the cohort's OC2 rows for which `fails(dob, score, reason)` holds (the SDQ score and the reason for none). */
export function cohortSdqWhere(data: RuleData, fails: (dob: Day, score: string | null, reason: string | null) => boolean): number[] {
  const oc2 = data.table("oc2");
  const [score, reason] = [oc2.column("SDQ_SCORE"), oc2.column("SDQ_REASON")];
  return cohortOc2Where(data, (row, dob) => fails(dob, score[row] ?? null, reason[row] ?? null));
}

/** 543, 545, 546: the cohort's OC2 rows whose `item` is `wrong(given)` at an age where `atAge(their birthday of `years`)`. */
export function cohortItemWhen(item: string, years: number, atAge: (data: RuleData, birthday: Day) => boolean, wrong: (given: boolean) => boolean) {
  return (data: RuleData) => {
    const values = data.table("oc2").column(item);
    return { oc2: cohortOc2Where(data, (row, dob) => atAge(data, birthday(dob, years)) && wrong(values[row] != null)) };
  };
}
