import { defineRule } from "../defineRule.js";
import { invalidDates } from "./checks.js";

/** SW04STG1 (from 2023-24): SW_DECOM, when given, is a DD/MM/YYYY date. */
export const rSW04STG1 = /* @__PURE__ */ defineRule({ code: "SW04STG1", since: "2023-24", scope: "row", check: (data) => ({ sw_episodes: invalidDates(data.table("sw_episodes"), "SW_DECOM") }) });
