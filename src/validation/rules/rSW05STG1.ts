import { defineRule, rowsWhere } from "../defineRule.js";
import { dayFromZzDate } from "./zzDates.js";

/** SW05STG1 (from 2023-24): SW_DEC, when given, is a date (DD/MM/YYYY, ZZ standing for an unknown day or month). */
export const rSW05STG1 = /* @__PURE__ */ defineRule({
  code: "SW05STG1",
  since: "2023-24",
  scope: "row",
  check: (data) => {
    const sw = data.table("sw_episodes");
    const end = sw.column("SW_DEC");
    return { sw_episodes: rowsWhere(sw, (row) => end[row] !== null && dayFromZzDate(end[row]!) === null) };
  },
});
