import { addDays, addMonths, addYears, type Day } from "../../dates/day.js";
import { dayFromRuleDate } from "../ruleTable.js";

/**
 * A date that may stand ZZ for an unknown day or month and ZZZZ for an unknown year, as a few DfE
 * rules accept it (previous permanence, social-worker episodes): read as the latest day it can
 * mean, so that an unknown part never makes a date too early. As the DfE's tool reads them, an
 * unknown month counts to a year after the 1st of January's day (the month's ZZ wins when both
 * are unknown), and an unknown year is 2000.
 */
export function dayFromZzDate(value: string | null): Day | null {
  if (value === null) return null;
  const parts = value.split("/");
  if (parts.length !== 3) return null;
  let widen: ((day: Day) => Day) | null = null;
  const [day, month, year] = parts.map((part, k) => {
    if (part === "ZZ") {
      if (k === 0) widen = (d) => addDays(addMonths(d, 1), -1);
      else if (k === 1) widen = (d) => addDays(addYears(d, 1), -1);
      else widen = null;
      return "01";
    }
    return part === "ZZZZ" ? "2000" : part;
  });
  const read = dayFromRuleDate(`${day}/${month}/${year}`);
  return read === null ? null : widen === null ? read : (widen as (d: Day) => Day)(read);
}
