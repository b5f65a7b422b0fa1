import { derivedValue } from "../../history/historyIndex.js";
import { EPISODE_CHAIN, PLACEMENT } from "../reads.js";
import { type Day, addDays } from "../../dates/day.js";
import { lookbackStart } from "../../dates/periods.js";
import type { VisitRecord } from "../../model/records.js";
import { isStatutoryVisitCode } from "../../model/childRows.js";
import { type ChildDays, childDaysOfRows } from "../childDays.js";
import { childrenInCare, excludeFromCare } from "../care-population/childrenInCare.js";
import { CohortMembers } from "../common.js";
import type { IndicatorContext } from "../types.js";
import { defineIndicator } from "../types.js";

const STATUTORY_VISIT_DAYS = /* @__PURE__ */ derivedValue<ChildDays, []>("statutory visit days");

/** A visit counts as statutory when VISIT_TYPE is blank or `statutory` and the child was seen (SEEN not N). */
export function isStatutoryVisit(visit: Pick<VisitRecord, "visitType" | "seen">): boolean {
  return visit.visitType === "statutory" && visit.seen !== "N";
}

/** The days of every child's statutory visits (`isStatutoryVisit`, read from the packed code). */
function statutoryVisitDays(context: IndicatorContext): ChildDays {
  return childDaysOfRows(context, STATUTORY_VISIT_DAYS, [], context.cohort.visits, isStatutoryVisitCode);
}

const LONG_TERM_FOSTER = new Set(["U1", "U4"]);
/** Days in care before a child is in the visits denominator (a visit is due within a week). */
export const VISIT_MIN_DAYS_IN_CARE = 7;

/**
 * The first day of a child's visit lookback at R, given the current placement type and spell
 * start: ws(R, visitPermanentMonths) for a permanent child (current PLACE U1/U4 and current
 * spell started on or before ws(R, 12), under `visitPermanence: "long-term-foster"`), otherwise
 * R − (visitIntervalDays − 1). The days that depend on R alone are worked out once.
 */
export function visitLookbackStart(context: IndicatorContext): (placementType: string, spellStart: number) => Day {
  const { asAt, options } = context;
  const byLongTermFoster = options.visitPermanence === "long-term-foster";
  const permanentSpellBy = lookbackStart(asAt, 12);
  const permanentFrom = lookbackStart(asAt, options.visitPermanentMonths);
  const usualFrom = addDays(asAt, -(options.visitIntervalDays - 1));
  return (placementType, spellStart) =>
    byLongTermFoster && LONG_TERM_FOSTER.has(placementType) && spellStart <= permanentSpellBy ? permanentFrom : usualFrom;
}

/**
 * @name visitsOnTime
 * @category Timeliness
 * @summary Children in care with a statutory visit on time.
 * @description CPPCR 2010 reg 28, read as councils' month-end snapshot. Denominator: CLA(R)
 * whose current period began at least 7 days before R. Numerator: a statutory visit (type
 * blank or statutory, child seen) dated in the lookback, on or after the current period's
 * start and on or before R. Lookback: 42 days (from R − 41), or ws(R, 3) for a child in a
 * long-term foster placement (U1/U4) whose current spell started on or before ws(R, 12).
 * Drill-down reasons: short-break, uasc, in-care-under-7-days. Empty cohort: no value.
 * @example
 * visitsOnTime.compute(context) //=> { numerator: 301, denominator: 350, … }
 */
export const visitsOnTime = defineIndicator({
  id: "visits-on-time",
  narrative: { cohort: "children in care", verb: "had a statutory visit on time" },
  title: "Children in care with a statutory visit on time",
  unit: "percent",
  polarity: "higher-is-better",
  theme: "timeliness",
  period: { kind: "snapshot", lookback: "42 days / 3 months" },
  cohort: "CLA(R) whose current period of care began on or before R − 7.",
  numerator: "Those with a statutory visit (child seen) in the last 42 days, or the last 3 months in a long-term foster placement held for a year, within the current period.",
  data: "episodes; visits (local): VISIT_DATE VISIT_TYPE SEEN",
  needs: ["episodes", "visits"],
  reads: { episodes: [...EPISODE_CHAIN, ...PLACEMENT], visits: ["CHILD", "VISIT_DATE", "VISIT_TYPE", "SEEN"] },
  switches: ["visitIntervalDays", "visitPermanentMonths", "visitPermanence", "placementCounting", "collapseUnchangedMoves", "excludeUasc", "staleOpenEpisodes"],
  defaultTarget: null,
  compute(context) {
    const { asAt } = context;
    const inCare = childrenInCare(context);
    const members = new CohortMembers(context.history.ids);
    excludeFromCare(members, inCare);
    const startBy = addDays(asAt, -VISIT_MIN_DAYS_IN_CARE);
    const visitDays = statutoryVisitDays(context);
    const lookbackFrom = visitLookbackStart(context);
    const { periodStart, spellStart, placementType } = context.history.columns;
    inCare.positions.forEach((position, i) => {
      const row = inCare.rows[i]!; // the current episode's
      if (periodStart[row]! > startBy) {
        members.exclude(position, "in-care-under-7-days");
        return;
      }
      const from = Math.max(lookbackFrom(placementType[row]!, spellStart[row]!), periodStart[row]!);
      members.include(position, visitDays.anyBetween(position, from, asAt));
    });
    return members.percent();
  },
});
