import type { SheetFunctionName } from "./functions.js";

/**
 * The cell functions as users see them: name, summary and parameters, in one list. Google's
 * Code.js (with its autocomplete JSDoc) is generated from it; the Excel JSDoc in
 * excel/functions.ts must say the same, and a test compares it with the generated
 * functions.json. Users type `=CIC.<name>(…)` in Excel and `=CIC_<name>(…)` in Google Sheets.
 */
export interface SheetParameter {
  name: string;
  /** Google JSDoc type: a single cell or a range. */
  type: "number" | "string" | "Date" | "number|string|Date" | "Array<Array<*>>";
  description: string;
  optional: boolean;
}

export interface SheetFunctionSpec {
  name: SheetFunctionName;
  summary: string;
  parameters: SheetParameter[];
  returns: string;
}

const p = (name: string, type: SheetParameter["type"], description: string, optional = false): SheetParameter => ({ name, type, description, optional });

const RANGE = "Array<Array<*>>" as const;
const DATE = "number|string|Date" as const;

/** The optional tables after population (INDICATOR) or targets (SCORECARD), in argument order. */
const TABLE_PARAMETERS: SheetParameter[] = [
  p("reviews", RANGE, "reviews table with its header row (CHILD, REVIEW, …)", true),
  p("uasc", RANGE, "uasc table with its header row (CHILD, DUC, …)", true),
  p("oc2", RANGE, "oc2 table with its header row", true),
  p("oc3", RANGE, "oc3 table with its header row (CHILD, IN_TOUCH, ACTIV, ACCOM)", true),
  p("ad1", RANGE, "ad1 table with its header row (CHILD, DATE_INT, DATE_MATCH, FOSTER_CARE)", true),
  p("missing", RANGE, "missing table with its header row (CHILD, MISSING, MIS_START, MIS_END)", true),
  p("visits", RANGE, "local visits table with its header row (CHILD, VISIT_DATE, …)", true),
  p("health_assessments", RANGE, "local health_assessments table with its header row (CHILD, TYPE, DATE)", true),
  p("peps", RANGE, "local peps table with its header row (CHILD, PEP_DATE)", true),
  p("pathway_plans", RANGE, "local pathway_plans table with its header row (CHILD, CATEGORY, …)", true),
  p("placed_for_adoption", RANGE, "placed_for_adoption table with its header row", true),
];

const POLARITY = p("polarity", "string", '"higher" or "lower": which way is better');

export const SHEET_FUNCTION_SPECS: readonly SheetFunctionSpec[] = [
  {
    name: "RATE",
    summary: "A count per 10,000 of a population, to 1 decimal place.",
    parameters: [p("count", "number", "the number of children"), p("population", "number", "the population aged under 18")],
    returns: "the rate per 10,000",
  },
  {
    name: "PERCENT",
    summary: "A numerator as a percentage of a denominator, to 1 decimal place.",
    parameters: [p("numerator", "number", "children meeting the test"), p("denominator", "number", "children in the cohort")],
    returns: "the percentage",
  },
  {
    name: "RAG",
    summary: 'Red, Amber or Green of a value against a target ("" with no target).',
    parameters: [
      p("value", "number", "the presented value"), p("target", "number", "the target (blank: no RAG)"), POLARITY,
      p("tolerance", "number", "the amber band in the indicator's unit (blank: none)", true),
    ],
    returns: "Red, Amber, Green or blank",
  },
  {
    name: "VARIANCE",
    summary: "Variance of a value against a target or benchmark, as the scorecard reports it.",
    parameters: [
      p("value", "number", "the presented value"), p("reference", "number", "the target or benchmark"),
      p("unit", "string", '"percent", "rate-per-10k", "days" or "count"'),
      p("against", "string", '"target" (default) or "benchmark"', true),
    ],
    returns: "points, percent, per 10,000, days or a count",
  },
  {
    name: "TREND",
    summary: "Improving, Worsening or Stable, comparing a value with the previous one.",
    parameters: [
      p("value", "number", "the value now"), p("previous", "number", "the previous value"), POLARITY,
      p("threshold", "number", "smallest change that counts (default 0.1)", true),
    ],
    returns: "Improving, Worsening, Stable or blank",
  },
  {
    name: "WORKDAYS",
    summary: "Working days after start up to and including end (Monday to Friday, not England and Wales bank holidays).",
    parameters: [p("start", DATE, "the first date (not counted)"), p("end", DATE, "the last date (counted)")],
    returns: "the number of working days",
  },
  {
    name: "BENCHMARK",
    summary: "The DfE's published figure for an indicator: an LA's own, its statistical neighbours' mean, its region's or England's.",
    parameters: [
      p("id", "string", 'the indicator id, e.g. "placements-3plus"'), p("la", "string", 'the LA: old code ("874"), ONS code or name'),
      p("level", "string", '"la", "neighbours", "region" or "england"'), p("year", "string", 'the reporting year, e.g. "2017-18" (default: the latest)', true),
    ],
    returns: "the published value, or the DfE's suppression mark",
  },
  {
    name: "INDICATOR",
    summary: "An indicator's value at a date from 903 tables pasted into sheets.",
    parameters: [
      p("id", "string", 'the indicator id, e.g. "cla-count"'), p("asAt", DATE, "the as-at date"),
      p("header", RANGE, "header table with its header row (CHILD, SEX, DOB, …)"),
      p("episodes", RANGE, "episodes table with its header row (CHILD, DECOM, RNE, LS, PLACE, DEC, REC, …)"),
      p("population", "number", "children aged under 18, for rates", true),
      ...TABLE_PARAMETERS,
    ],
    returns: "the indicator's value",
  },
  {
    name: "SCORECARD",
    summary: "Every indicator at a date as a table: id, title, value, numerator, denominator (target, RAG), note.",
    parameters: [
      p("asAt", DATE, "the as-at date"),
      p("header", RANGE, "header table with its header row (CHILD, SEX, DOB, …)"),
      p("episodes", RANGE, "episodes table with its header row (CHILD, DECOM, RNE, LS, PLACE, DEC, REC, …)"),
      p("population", "number", "children aged under 18, for rates", true),
      p("targets", RANGE, "targets with a header row: id, target, optional tolerance and polarity", true),
      ...TABLE_PARAMETERS,
    ],
    returns: "a table with a header row",
  },
];
