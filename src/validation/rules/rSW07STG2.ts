import { addYears, type Day } from "../../dates/day.js";
import { defineRule, type RuleData } from "../defineRule.js";
import { datesWhere } from "./checks.js";

function endedOutside(earliest: (data: RuleData) => Day) {
  return (data: RuleData) => ({ sw_episodes: datesWhere(data.table("sw_episodes"), "SW_DEC", (day) => day < earliest(data) || day > data.collectionEnd) });
}

/** SW07STG2 (2023-24): a social-worker episode that ended did so within the collection year. */
export const rSW07STG2 = /* @__PURE__ */ defineRule({ code: "SW07STG2", since: "2023-24", scope: "row", check: endedOutside((data) => data.collectionStart) });

/** SW07STG2 from 2024-25, when the return covers two years of social workers: within the year or the one before. */
export const rSW07STG2From2024 = /* @__PURE__ */ defineRule({
  code: "SW07STG2",
  since: "2024-25",
  scope: "row",
  check: endedOutside((data) => addYears(data.collectionStart, -1)),
});
