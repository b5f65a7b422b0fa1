import { defineRule, rowsWhere } from "../defineRule.js";
import { REASONS_REQUIRED_FROM } from "./socialWorkers.js";

/** SW01aSTG1 (from 2024-25): a social-worker episode has a start date, and one begun before 1 April 2023 its worker's ID. */
export const rSW01aSTG1 = /* @__PURE__ */ defineRule({
  code: "SW01aSTG1",
  since: "2024-25",
  scope: "row",
  check: (data) => {
    const sw = data.table("sw_episodes");
    const start = sw.dates("SW_DECOM");
    const id = sw.column("SW_ID");
    return { sw_episodes: rowsWhere(sw, (row) => start[row] === null || (start[row]! < REASONS_REQUIRED_FROM && id[row] === null)) };
  },
});
