import { derivedValue } from "../../history/historyIndex.js";
import { AGE, EPISODE_CHAIN } from "../reads.js";
import { lookbackStart } from "../../dates/periods.js";
import { type ChildDays, childDays } from "../childDays.js";
import { childrenInCare, excludeFromCare } from "../care-population/childrenInCare.js";
import { CohortMembers } from "../common.js";
import { defineIndicator } from "../types.js";
import { birthdaysAt } from "../birthdays.js";
import { SCHOOL_AGES, schoolAgeDay } from "./schoolAge.js";

const PEP_DAYS = /* @__PURE__ */ derivedValue<ChildDays, []>("PEP days");

/** A day of `days` from `from` to `to`, both included. */
/**
 * @name pepCurrent
 * @category Education
 * @summary School-age children in care with a current personal education plan.
 * @description Statutory guidance on the education of children in care (a PEP reviewed
 * every term). Denominator: CLA(R) with a known DOB, of school age at R (Reception to
 * Year 11; `pepYearGroups`), whose current period started on or before ws(R, 1). Numerator:
 * a PEP dated on or after the current period's start, on or after ws(R, 6)
 * (`pepMaxAgeMonths`; null: any PEP in the current period) and on or before R.
 * Drill-down reasons: short-break, uasc, date-of-birth-unknown, not-school-age,
 * in-care-under-a-month. Empty cohort: no value.
 * @example
 * pepCurrent.compute(context) //=> { numerator: 180, denominator: 200, … }
 */
export const pepCurrent = defineIndicator({
  id: "pep-current",
  narrative: { cohort: "school-age children in care", verb: "had a current personal education plan" },
  title: "School-age children in care with a current personal education plan",
  unit: "percent",
  polarity: "higher-is-better",
  theme: "education",
  period: { kind: "snapshot", lookback: "6 months" },
  cohort: "CLA(R) with a known DOB, of school age at R (Reception to Year 11), whose current period began on or before ws(R, 1).",
  numerator: "Those with a PEP dated in the current period and from ws(R, 6) to R.",
  data: "episodes; header: DOB; peps (local): PEP_DATE",
  needs: ["episodes", "header", "peps"],
  reads: { episodes: EPISODE_CHAIN, header: AGE, peps: ["CHILD", "PEP_DATE"] },
  switches: ["pepMaxAgeMonths", "pepYearGroups", "excludeUasc", "staleOpenEpisodes"],
  defaultTarget: null,
  compute(context) {
    const { asAt, options } = context;
    const inCare = childrenInCare(context);
    const members = new CohortMembers(context.history.ids);
    excludeFromCare(members, inCare);
    const startBy = lookbackStart(asAt, 1);
    const pepFrom = options.pepMaxAgeMonths === null ? null : lookbackStart(asAt, options.pepMaxAgeMonths);
    const pepDays = childDays(context, PEP_DAYS, [], (child, push) => {
      const peps = child.peps;
      for (let k = 0; k < peps.length; k += 1) push(peps[k]!);
    });
    // isOfSchoolAge, as comparisons with each child's birthdays.
    const judgedOn = schoolAgeDay(asAt);
    const reachesSchoolAge = birthdaysAt(context, SCHOOL_AGES.from);
    const leavesSchoolAge = birthdaysAt(context, SCHOOL_AGES.before[options.pepYearGroups]);
    const { periodStart } = context.history.columns;
    inCare.positions.forEach((id, i) => {
      const periodFrom = periodStart[inCare.rows[i]!]!; // the current period's start
      if (Number.isNaN(reachesSchoolAge[id])) members.exclude(id, "date-of-birth-unknown");
      else if (!(reachesSchoolAge[id]! <= judgedOn && leavesSchoolAge[id]! > judgedOn)) members.exclude(id, "not-school-age");
      else if (periodFrom > startBy) members.exclude(id, "in-care-under-a-month");
      else {
        const from = pepFrom === null ? periodFrom : Math.max(pepFrom, periodFrom);
        members.include(id, pepDays.anyBetween(id, from, asAt));
      }
    });
    return members.percent();
  },
});
