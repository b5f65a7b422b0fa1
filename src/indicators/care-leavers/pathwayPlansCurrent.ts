import { type ChildHistory, derivedValue } from "../../history/historyIndex.js";
import { AGE } from "../reads.js";
import { addMonths } from "../../dates/day.js";
import { lookbackStart } from "../../dates/periods.js";
import type { PathwayPlanPerson } from "../../model/cohort.js";
import { CohortMembers, childrenWith, uascExclusion } from "../common.js";
import { defineIndicator } from "../types.js";

const CHILDREN_WITH_PATHWAY_PLAN = /* @__PURE__ */ derivedValue<readonly ChildHistory[], []>("children with a pathway plan");

/** 16 years 3 months, in months: the age from which councils count pathway plans. */
const MIN_AGE_MONTHS = 195;
const OWED_A_PLAN = new Set<PathwayPlanPerson["category"]>(["eligible", "relevant", "former-relevant"]);

/**
 * @name pathwayPlansCurrent
 * @category Care leavers
 * @summary Care leavers with a current pathway plan.
 * @description Care Leavers (England) Regulations 2010 (plan reviewed at least every 6
 * months). Denominator: people in pathway_plans.csv with CATEGORY eligible, relevant or
 * former-relevant, aged 16 years 3 months or more at R (addMonths(DOB, 195) ≤ R; DOB from
 * header.csv, else the table, else another 903 table), whose case is open at R (CASE_OPEN
 * blank or ≤ R, CASE_CLOSED blank or > R). Numerator: a PLAN_DATE in [ws(R, 6), R] (option
 * `pathwayPlanMaxAgeMonths`; null accepts any plan on or before R). Qualifying young people
 * are not in the population. No one: not computable. Drill-down reasons:
 * date-of-birth-unknown, under-16-years-3-months, case-closed, uasc.
 * @example
 * pathwayPlansCurrent.compute(context) //=> { numerator: 80, denominator: 92, … }
 */
export const pathwayPlansCurrent = defineIndicator({
  id: "pathway-plans-current",
  narrative: { cohort: "care leavers", verb: "had a current pathway plan" },
  title: "Care leavers with a current pathway plan",
  unit: "percent",
  polarity: "higher-is-better",
  theme: "care-leavers",
  period: { kind: "snapshot", lookback: "6 months" },
  cohort: "Eligible, relevant and former relevant young people in pathway_plans.csv aged 16 years 3 months or more at R whose case is open at R.",
  numerator: "Those with a PLAN_DATE from ws(R, 6) to R (pathwayPlanMaxAgeMonths).",
  data: "pathway_plans (local); header: DOB",
  needs: ["pathway_plans"],
  reads: { header: AGE, pathway_plans: ["CHILD", "DOB", "CATEGORY", "CASE_OPEN", "CASE_CLOSED", "PLAN_DATE"] },
  switches: ["pathwayPlanMaxAgeMonths", "excludeUasc"],
  defaultTarget: null,
  compute(context) {
    const { asAt } = context;
    const maxAge = context.options.pathwayPlanMaxAgeMonths;
    const earliestPlan = maxAge === null ? -Infinity : lookbackStart(asAt, maxAge);
    const members = new CohortMembers(context.history.ids);
    const isUasc = uascExclusion(context);
    for (const { child, position } of childrenWith(context, CHILDREN_WITH_PATHWAY_PLAN, (c) => c.pathwayPlan !== null)) {
      const person = child.pathwayPlan!;
      if (!OWED_A_PLAN.has(person.category)) continue;
      const id = position;
      const dateOfBirth = child.hasHeader ? child.dateOfBirth : (person.dateOfBirth ?? child.dateOfBirth);
      const caseOpen = (person.caseOpen === null || person.caseOpen <= asAt) && (person.caseClosed === null || person.caseClosed > asAt);
      if (dateOfBirth === null) members.exclude(id, "date-of-birth-unknown");
      else if (addMonths(dateOfBirth, MIN_AGE_MONTHS) > asAt) members.exclude(id, "under-16-years-3-months");
      else if (!caseOpen) members.exclude(id, "case-closed");
      else if (isUasc(id)) members.exclude(id, "uasc");
      else members.include(id, person.planDates.some((d) => d >= earliestPlan && d <= asAt));
    }
    return members.percent();
  },
});
