/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata reads `any` as "any cell value" */
import { type SheetErrorKind } from "../errors.js";
import { asSheetError, benchmark, indicator, percent, rag, rate, scorecard, trend, variance, workdays } from "../functions.js";

/**
 * Excel custom functions (namespace CIC: `=CIC.RAG(…)`). Thin wrappers: each calls the
 * host-neutral function and maps a failure to an Excel error value with its message.
 * The JSDoc below is read by custom-functions-metadata to write functions.json; keep it in
 * step with src/sheets/manifest.ts (a test compares them). Parameters are `any` so that the
 * cell normaliser, not Excel's coercion, decides what a blank (0 or null) means.
 */
declare const CustomFunctions: {
  associate(id: string, fn: (...args: any[]) => unknown): void;
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { notAvailable: string; invalidValue: string; divisionByZero: string };
};

function excelErrorCode(kind: SheetErrorKind): string {
  switch (kind) {
    case "not-available":
      return CustomFunctions.ErrorCode.notAvailable;
    case "invalid-value":
      return CustomFunctions.ErrorCode.invalidValue;
    case "division-by-zero":
      return CustomFunctions.ErrorCode.divisionByZero;
  }
}

function run<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    const sheetError = asSheetError(error);
    throw new CustomFunctions.Error(excelErrorCode(sheetError.kind), sheetError.message);
  }
}

/**
 * A count per 10,000 of a population, to 1 decimal place.
 * @customfunction RATE RATE
 * @param count the number of children
 * @param population the population aged under 18
 * @returns the rate per 10,000
 */
export function RATE(count: any, population: any): number {
  return run(() => rate(count, population));
}

/**
 * A numerator as a percentage of a denominator, to 1 decimal place.
 * @customfunction PERCENT PERCENT
 * @param numerator children meeting the test
 * @param denominator children in the cohort
 * @returns the percentage
 */
export function PERCENT(numerator: any, denominator: any): number {
  return run(() => percent(numerator, denominator));
}

/**
 * Red, Amber or Green of a value against a target ("" with no target).
 * @customfunction RAG RAG
 * @param value the presented value
 * @param target the target (blank: no RAG)
 * @param polarity "higher" or "lower": which way is better
 * @param [tolerance] the amber band in the indicator's unit (blank: none)
 * @returns Red, Amber, Green or blank
 */
export function RAG(value: any, target: any, polarity: any, tolerance?: any): string {
  // Excel desktop passes an empty cell as 0 and cannot tell it from a typed 0: a target of 0 is
  // read as no target (a real zero target is written as the text "0").
  return run(() => rag(value, target === 0 ? null : target, polarity, tolerance));
}

/**
 * Variance of a value against a target or benchmark, as the scorecard reports it.
 * @customfunction VARIANCE VARIANCE
 * @param value the presented value
 * @param reference the target or benchmark
 * @param unit "percent", "rate-per-10k", "days" or "count"
 * @param [against] "target" (default) or "benchmark"
 * @returns points, percent, per 10,000, days or a count
 */
export function VARIANCE(value: any, reference: any, unit: any, against?: any): number {
  return run(() => variance(value, reference, unit, against));
}

/**
 * Improving, Worsening or Stable, comparing a value with the previous one.
 * @customfunction TREND TREND
 * @param value the value now
 * @param previous the previous value
 * @param polarity "higher" or "lower": which way is better
 * @param [threshold] smallest change that counts (default 0.1)
 * @returns Improving, Worsening, Stable or blank
 */
export function TREND(value: any, previous: any, polarity: any, threshold?: any): string {
  return run(() => trend(value, previous, polarity, threshold));
}

/**
 * Working days after start up to and including end (Monday to Friday, not England and Wales bank holidays).
 * @customfunction WORKDAYS WORKDAYS
 * @param start the first date (not counted)
 * @param end the last date (counted)
 * @returns the number of working days
 */
export function WORKDAYS(start: any, end: any): number {
  return run(() => workdays(start, end));
}

/**
 * The DfE's published figure for an indicator: an LA's own, its statistical neighbours' mean, its region's or England's.
 * @customfunction BENCHMARK BENCHMARK
 * @param id the indicator id, e.g. "placements-3plus"
 * @param la the LA: old code ("874"), ONS code or name
 * @param level "la", "neighbours", "region" or "england"
 * @param [year] the reporting year, e.g. "2017-18" (default: the latest)
 * @returns the published value, or the DfE's suppression mark
 */
export function BENCHMARK(id: any, la: any, level: any, year?: any): any {
  return run(() => benchmark(id, la, level, year));
}

/**
 * An indicator's value at a date from 903 tables pasted into sheets.
 * @customfunction INDICATOR INDICATOR
 * @param id the indicator id, e.g. "cla-count"
 * @param asAt the as-at date
 * @param header header table with its header row (CHILD, SEX, DOB, …)
 * @param episodes episodes table with its header row (CHILD, DECOM, RNE, LS, PLACE, DEC, REC, …)
 * @param [population] children aged under 18, for rates
 * @param [reviews] reviews table with its header row (CHILD, REVIEW, …)
 * @param [uasc] uasc table with its header row (CHILD, DUC, …)
 * @param [oc2] oc2 table with its header row
 * @param [oc3] oc3 table with its header row (CHILD, IN_TOUCH, ACTIV, ACCOM)
 * @param [ad1] ad1 table with its header row (CHILD, DATE_INT, DATE_MATCH, FOSTER_CARE)
 * @param [missing] missing table with its header row (CHILD, MISSING, MIS_START, MIS_END)
 * @param [visits] local visits table with its header row (CHILD, VISIT_DATE, …)
 * @param [health_assessments] local health_assessments table with its header row (CHILD, TYPE, DATE)
 * @param [peps] local peps table with its header row (CHILD, PEP_DATE)
 * @param [pathway_plans] local pathway_plans table with its header row (CHILD, CATEGORY, …)
 * @param [placed_for_adoption] placed_for_adoption table with its header row
 * @returns the indicator's value
 */
export function INDICATOR(
  id: any, asAt: any, header: any[][], episodes: any[][], population?: any, reviews?: any[][], uasc?: any[][], oc2?: any[][],
  oc3?: any[][], ad1?: any[][], missing?: any[][], visits?: any[][], health_assessments?: any[][], peps?: any[][],
  pathway_plans?: any[][], placed_for_adoption?: any[][],
): number {
  return run(() =>
    indicator(id, asAt, header, episodes, population, reviews, uasc, oc2, oc3, ad1, missing, visits, health_assessments, peps, pathway_plans, placed_for_adoption),
  );
}

/**
 * Every indicator at a date as a table: id, title, value, numerator, denominator (target, RAG), note.
 * @customfunction SCORECARD SCORECARD
 * @param asAt the as-at date
 * @param header header table with its header row (CHILD, SEX, DOB, …)
 * @param episodes episodes table with its header row (CHILD, DECOM, RNE, LS, PLACE, DEC, REC, …)
 * @param [population] children aged under 18, for rates
 * @param [targets] targets with a header row: id, target, optional tolerance and polarity
 * @param [reviews] reviews table with its header row (CHILD, REVIEW, …)
 * @param [uasc] uasc table with its header row (CHILD, DUC, …)
 * @param [oc2] oc2 table with its header row
 * @param [oc3] oc3 table with its header row (CHILD, IN_TOUCH, ACTIV, ACCOM)
 * @param [ad1] ad1 table with its header row (CHILD, DATE_INT, DATE_MATCH, FOSTER_CARE)
 * @param [missing] missing table with its header row (CHILD, MISSING, MIS_START, MIS_END)
 * @param [visits] local visits table with its header row (CHILD, VISIT_DATE, …)
 * @param [health_assessments] local health_assessments table with its header row (CHILD, TYPE, DATE)
 * @param [peps] local peps table with its header row (CHILD, PEP_DATE)
 * @param [pathway_plans] local pathway_plans table with its header row (CHILD, CATEGORY, …)
 * @param [placed_for_adoption] placed_for_adoption table with its header row
 * @returns a table with a header row
 */
export function SCORECARD(
  asAt: any, header: any[][], episodes: any[][], population?: any, targets?: any[][], reviews?: any[][], uasc?: any[][],
  oc2?: any[][], oc3?: any[][], ad1?: any[][], missing?: any[][], visits?: any[][], health_assessments?: any[][], peps?: any[][],
  pathway_plans?: any[][], placed_for_adoption?: any[][],
): any[][] {
  return run(() =>
    scorecard(asAt, header, episodes, population, targets, reviews, uasc, oc2, oc3, ad1, missing, visits, health_assessments, peps, pathway_plans, placed_for_adoption),
  );
}

/** The ids of functions.json, each with its function: registered when the bundle loads. */
export const EXCEL_FUNCTIONS = { RATE, PERCENT, RAG, VARIANCE, TREND, WORKDAYS, BENCHMARK, INDICATOR, SCORECARD } as const;

export function associateAll(): void {
  for (const [id, fn] of Object.entries(EXCEL_FUNCTIONS)) CustomFunctions.associate(id, fn);
}
