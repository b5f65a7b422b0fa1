import { derivedValue } from "../../history/historyIndex.js";
import { AGE } from "../reads.js";
import { addMonths } from "../../dates/day.js";
import { lookbackStart } from "../../dates/periods.js";
import type { ChildRecord, PathwayPlanPerson } from "../../model/cohort.js";
import { type ChildDays, childDays } from "../childDays.js";
import { CohortMembers, uascExclusion } from "../common.js";
import { type IndicatorContext, defineIndicator } from "../types.js";
import { float64Column, int32Column } from "../../numbers/typedColumns.js";
import { ascending, isSorted } from "../../numbers/search.js";

/** 16 years 3 months, in months: the age from which councils count pathway plans. */
const MIN_AGE_MONTHS = 195;
const OWED_A_PLAN = new Set<PathwayPlanPerson["category"]>(["eligible", "relevant", "former-relevant"]);

/**
 * The young people owed a plan (an eligible, relevant or former-relevant CATEGORY) in cohort
 * order, with what the test at R reads, as typed columns found once per cohort: the day each
 * reaches 16 years 3 months (NaN without a DOB), and CASE_OPEN and CASE_CLOSED (−∞ and +∞ when
 * blank). Their plan days are `PLAN_DAYS`.
 */
interface OwedAPlan {
  position: Int32Array;
  ofAge: Float64Array;
  caseOpen: Float64Array;
  caseClosed: Float64Array;
}

const OWED_A_PLAN_PEOPLE = /* @__PURE__ */ derivedValue<OwedAPlan, []>("young people owed a pathway plan");
const PLAN_DAYS = /* @__PURE__ */ derivedValue<ChildDays, []>("pathway plan days");

function owedAPlan(context: IndicatorContext): OwedAPlan {
  return context.history.lasting(OWED_A_PLAN_PEOPLE, [], () => {
    const children = context.cohort.children;
    const people = context.history.positionsWhere((child) => child.pathwayPlan !== null && OWED_A_PLAN.has(child.pathwayPlan.category));
    const column = (value: (child: ChildRecord, person: PathwayPlanPerson) => number) =>
      float64Column(people, (position) => value(children[position]!, children[position]!.pathwayPlan!));
    return {
      position: int32Column(people, (position) => position),
      ofAge: column((child, person) => {
        const dateOfBirth = child.hasHeader ? child.dateOfBirth : (person.dateOfBirth ?? child.dateOfBirth);
        return dateOfBirth === null ? NaN : addMonths(dateOfBirth, MIN_AGE_MONTHS);
      }),
      caseOpen: column((_, person) => person.caseOpen ?? -Infinity),
      caseClosed: column((_, person) => person.caseClosed ?? Infinity),
    };
  });
}

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
    const owed = owedAPlan(context);
    const planDays = childDays(context, PLAN_DAYS, [], (child, push) => {
      if (child.pathwayPlan === null) return;
      // A stitched cohort's are ascending already (buildCohort); only a record made by hand is sorted here.
      const dates = child.pathwayPlan.planDates;
      const inOrder = isSorted(dates, ascending) ? dates : [...dates].sort(ascending);
      for (let k = 0; k < inOrder.length; k += 1) push(inOrder[k]!);
    });
    for (let k = 0; k < owed.position.length; k += 1) {
      const id = owed.position[k]!;
      const caseOpen = owed.caseOpen[k]! <= asAt && owed.caseClosed[k]! > asAt;
      if (Number.isNaN(owed.ofAge[k])) members.exclude(id, "date-of-birth-unknown");
      else if (owed.ofAge[k]! > asAt) members.exclude(id, "under-16-years-3-months");
      else if (!caseOpen) members.exclude(id, "case-closed");
      else if (isUasc(id)) members.exclude(id, "uasc");
      else members.include(id, planDays.anyBetween(id, earliestPlan, asAt));
    }
    return members.percent();
  },
});
