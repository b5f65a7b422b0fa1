import { derivedValue } from "../../history/historyIndex.js";
import { collectionYearEndOf, collectionYearLabel } from "../../dates/collectionYear.js";
import type { ChildRecord } from "../../model/cohort.js";
import type { Oc2Record } from "../../model/records.js";
import { assessmentTypeOf } from "../../model/childRows.js";
import { type ChildDays, childDaysOfRows } from "../childDays.js";
import { careTwelveMonthsCohort } from "../cohorts.js";
import { percentOver } from "../common.js";
import { type IndicatorContext, type Measurement, type MissingData, missingData } from "../types.js";

/** Keyed by the assessment types counted. */
const HEALTH_ASSESSMENT_DAYS = /* @__PURE__ */ derivedValue<ChildDays, readonly string[]>("health assessment days");

/**
 * Where the OC2 rows for R come from (indicators.md §3.5): the collection year that contains
 * R; a return of unknown year uses its one oc2.csv. `endYear` null means "the unknown year".
 */
export type Oc2Year = { kind: "year"; endYear: number | null } | MissingData;

export function oc2YearFor(context: IndicatorContext): Oc2Year {
  const { years } = context.cohort;
  if (years.length === 1 && years[0]!.endYear === null) {
    return years[0]!.tables.includes("oc2") ? { kind: "year", endYear: null } : missingData(["oc2"], null);
  }
  const endYear = collectionYearEndOf(context.asAt);
  const year = years.find((y) => y.endYear === endYear);
  if (year === undefined || !year.tables.includes("oc2")) {
    return missingData(["oc2"], collectionYearLabel(endYear));
  }
  return { kind: "year", endYear };
}

/** The child's OC2 row of that year, or null (a child with no row counts as not done). */
export function oc2RowOf(child: ChildRecord, endYear: number | null): Oc2Record | null {
  return child.oc2.find((row) => row.endYear === endYear) ?? null;
}

/** `healthSource`: "auto" reads health_assessments.csv when the input has one, else oc2.csv. */
export function healthSourceFor(context: IndicatorContext): "oc2" | "local" {
  const source = context.options.healthSource;
  if (source !== "auto") return source;
  return context.tables.has("health_assessments") ? "local" : "oc2";
}

/** The days of every child's local assessments of one of `types`: `anyBetween(position, from, to)` is "has one dated from `from` to `to`, both included". */
export function assessmentDays(context: IndicatorContext, types: readonly string[]): ChildDays {
  return childDaysOfRows(context, HEALTH_ASSESSMENT_DAYS, types, context.cohort.healthAssessments, (code) => types.includes(assessmentTypeOf(code)));
}

/**
 * A percentage over C12(R) (§1.9): `passes` decides the numerator. Needs episodes.csv and,
 * for the OC2 source, oc2.csv of the year containing R.
 */
export function measureOverC12(context: IndicatorContext, passes: (position: number) => boolean): Measurement {
  return percentOver(context.history.ids, careTwelveMonthsCohort(context), passes);
}

/** Keyed by the OC2 rows' collection year (null: a return of unknown year). */
const OC2_ROWS = /* @__PURE__ */ derivedValue<readonly (Oc2Record | null)[], [endYear: number | string]>("OC2 rows of a year");

/** Every child's OC2 row of that year (`oc2RowOf`) by cohort position, found once per year. */
function oc2RowsOf(context: IndicatorContext, endYear: number | null): readonly (Oc2Record | null)[] {
  return context.history.lasting(OC2_ROWS, [endYear ?? "unknown"], () => context.cohort.children.map((child) => oc2RowOf(child, endYear)));
}

/** An OC2 flag indicator over C12(R): the flag = 1 in the child's row of the year containing R. */
export function measureOc2Flag(context: IndicatorContext, flag: (row: Oc2Record) => 0 | 1 | null): Measurement {
  const year = oc2YearFor(context);
  if (year.kind === "missing-data") return year;
  const rows = oc2RowsOf(context, year.endYear);
  return measureOverC12(context, (position) => {
    const row = rows[position]!;
    return row !== null && flag(row) === 1;
  });
}
