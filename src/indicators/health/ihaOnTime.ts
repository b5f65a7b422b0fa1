import { ASSESSMENTS, EPISODE_CHAIN } from "../reads.js";
import { type Day, addDays, addMonths } from "../../dates/day.js";
import { isShortBreak } from "../../history/episodeOrder.js";
import { type ChildHistory, careSpanOverlaps } from "../../history/historyIndex.js";
import type { PeriodOfCare } from "../../history/periodsOfCare.js";
import { CohortMembers, isExcludedAsUasc } from "../common.js";
import { type IndicatorContext, defineIndicator } from "../types.js";
import { assessmentDays } from "./healthSources.js";

/** Working days from entry to the initial health assessment (read from CPPCR 2010 reg 7). */
export const IHA_WORKING_DAYS = 20;
/** An assessment this many months before entry still counts, as the regulations allow. */
export const IHA_MONTHS_BEFORE_ENTRY = 3;

/** The start of care an IHA is measured from, or why the child has none. */
export type IhaEntry =
  | { kind: "entry"; start: Day; due: Day }
  | { kind: "none"; reason: string | null };

/**
 * The first start of care (RNE S, DECOM in [W0, W1], LS not V3/V4) whose IHA is due by R
 * (due = addWorkingDays(DECOM, 20)) and whose period still covers DECOM + ihaMinDaysInCare.
 * A period end after R is not yet known at R and counts as open.
 */
export function ihaEntry(context: IndicatorContext, history: ChildHistory): IhaEntry {
  const { asAt, period: window } = context;
  const minDays = context.options.ihaMinDaysInCare;
  let reason: string | null = null;
  if (!careSpanOverlaps(history, window.start, window.end)) return { kind: "none", reason };
  for (const period of history.periods) {
    const first = period.episodes[0]!;
    if (first.reasonForNewEpisode !== "S" || first.start < window.start || first.start > window.end) continue;
    if (isShortBreak(first)) {
      reason ??= "short-break";
      continue;
    }
    const due = context.calendar.addWorkingDays(first.start, IHA_WORKING_DAYS);
    if (due > asAt) reason = "not-yet-due";
    else if (!coversDay(period, addDays(first.start, minDays), asAt)) reason = `left-care-within-${minDays}-days`;
    else return { kind: "entry", start: first.start, due };
  }
  return { kind: "none", reason };
}

/** The period covers `day` as known at R: a DEC is the first day out of care; a truncated period's end (§1.5) is its last day in care. */
function coversDay(period: PeriodOfCare, day: Day, asAt: Day): boolean {
  const end = period.end !== null && period.end <= asAt ? period.end : null;
  const truncated = period.episodes[period.episodes.length - 1]!.truncated;
  return period.start <= day && (end === null || day < end || (truncated && day === end));
}

/**
 * @name ihaOnTime
 * @category Health
 * @summary Children entering care with an initial health assessment within 20 working days.
 * @description CPPCR 2010 reg 7 and statutory guidance. Cohort: children with a start of care
 * (RNE S, not a short break) in [W0, W1] whose assessment was due by R and who were still in
 * care 28 days later (`ihaMinDaysInCare`); the first such start counts. Numerator: an initial
 * assessment dated from 3 months before entry to the due date, both included.
 * Drill-down reasons: short-break, not-yet-due, left-care-within-28-days, uasc. Empty cohort: no value.
 * @example
 * // entry Fri 11/04/2025, due Wed 14/05/2025 (Good Friday, Easter Monday, 5 May skipped)
 * ihaOnTime.compute(context) // an IHA on 13/05/2025 → { numerator: 1, denominator: 1, … }
 */
export const ihaOnTime = defineIndicator({
  id: "iha-on-time",
  narrative: { cohort: "children entering care", verb: "had an initial health assessment within 20 working days" },
  title: "Children entering care with an initial health assessment within 20 working days",
  unit: "percent",
  polarity: "higher-is-better",
  theme: "health",
  period: { kind: "window" },
  cohort: "Children starting care (RNE S, not a short break) in [W0, W1] whose IHA was due by R and who stayed in care for 28 days; the first such start.",
  numerator: "Those with an initial health assessment from 3 months before entry to 20 working days after it.",
  data: "episodes; health_assessments (local): TYPE initial, DATE",
  needs: ["episodes", "health_assessments"],
  reads: { episodes: EPISODE_CHAIN, health_assessments: ASSESSMENTS },
  switches: ["ihaMinDaysInCare", "excludeUasc", "staleOpenEpisodes", "bankHolidays"],
  defaultTarget: null,
  compute(context) {
    const members = new CohortMembers(context.history.ids);
    const { start, end } = context.period;
    const children = context.history.children;
    const initialAssessments = assessmentDays(context, ["initial"]);
    // Only a child with a DECOM in the window has an entry or a reason to be listed.
    for (const position of context.history.startingIn(start, end)) {
      const history = children[position]!;
      const child = history.child;
      const entry = ihaEntry(context, history);
      if (entry.kind === "none") {
        if (entry.reason !== null) members.exclude(position, entry.reason);
      } else if (isExcludedAsUasc(context, child)) members.exclude(position, "uasc");
      else {
        const from = addMonths(entry.start, -IHA_MONTHS_BEFORE_ENTRY);
        members.include(position, initialAssessments.anyBetween(position, from, entry.due));
      }
    }
    return members.percent();
  },
});
