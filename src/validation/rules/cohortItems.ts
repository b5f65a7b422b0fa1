import type { Day } from "../../dates/day.js";
import { type RuleData, rowsWhere } from "../defineRule.js";
import { birthday } from "./ages.js";
import { continuouslyLookedAfter } from "./continuouslyLookedAfter.js";

/** 543, 545, 546: OC2 rows of the OC2 cohort whose `item` fails `wrong(given)` at an age meeting `atAge(birthday of `years`)`. */
export function cohortItemWhen(item: string, years: number, atAge: (data: RuleData, birthday: Day) => boolean, wrong: (given: boolean) => boolean) {
  return (data: RuleData) => {
    const cohort = continuouslyLookedAfter(data);
    const oc2 = data.table("oc2");
    const dob = oc2.dates("DOB");
    const values = oc2.column(item);
    return {
      oc2: rowsWhere(oc2, (row) => dob[row] !== null && atAge(data, birthday(dob[row]!, years)) && cohort.has(oc2.childOf(row) ?? "") && wrong(values[row] !== null)),
    };
  };
}
