import { defineRule } from "../defineRule.js";
import { rowsWhereValues } from "./checks.js";

/** SW02STG1 (from 2023-24): a social worker's ID begins SW or XX (a blank ID fails). */
export const rSW02STG1 = /* @__PURE__ */ defineRule({
  code: "SW02STG1",
  since: "2023-24",
  scope: "row",
  check: (data) => ({ sw_episodes: rowsWhereValues(data.table("sw_episodes"), ["SW_ID"], (id) => id === null || !(id.startsWith("SW") || id.startsWith("XX"))) }),
});
