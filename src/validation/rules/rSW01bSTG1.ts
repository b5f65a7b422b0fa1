import { defineRule, rowsWhere } from "../defineRule.js";
import { REASONS_REQUIRED_FROM } from "./socialWorkers.js";

/** SW01bSTG1 (from 2024-25): a social-worker episode has a start date, and one begun from 1 April 2023 its worker's ID and reason. */
export const rSW01bSTG1 = /* @__PURE__ */ defineRule({
  code: "SW01bSTG1",
  since: "2024-25",
  scope: "row",
  check: (data) => {
    const sw = data.table("sw_episodes");
    const start = sw.dates("SW_DECOM");
    const [id, reason] = [sw.column("SW_ID"), sw.column("SW_REASON")];
    return { sw_episodes: rowsWhere(sw, (row) => start[row] === null || (start[row]! >= REASONS_REQUIRED_FROM && (id[row] === null || reason[row] === null))) };
  },
});
