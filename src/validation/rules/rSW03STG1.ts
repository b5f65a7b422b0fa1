import { defineRule } from "../defineRule.js";
import { rowsWhereValues } from "./checks.js";

/** SW03STG1 (2023-24): a social-worker episode gives its worker's ID, start and reason. */
export const rSW03STG1 = /* @__PURE__ */ defineRule({
  code: "SW03STG1",
  since: "2023-24",
  scope: "row",
  check: (data) => ({ sw_episodes: rowsWhereValues(data.table("sw_episodes"), ["SW_ID", "SW_DECOM", "SW_REASON"], (...items) => items.some((item) => item === null)) }),
});
