import { defineRule, rowsWhere } from "../defineRule.js";
import { dayFromZzDate } from "./zzDates.js";

/** SW04STG1 (from 2023-24): SW_DECOM, when given, is a date (DD/MM/YYYY, ZZ standing for an unknown day or month). */
export const rSW04STG1 = /* @__PURE__ */ defineRule({
  code: "SW04STG1",
  since: "2023-24",
  scope: "row",
  check: (data) => {
    const sw = data.table("sw_episodes");
    const start = sw.column("SW_DECOM");
    return { sw_episodes: rowsWhere(sw, (row) => start[row] !== null && dayFromZzDate(start[row]!) === null) };
  },
});
