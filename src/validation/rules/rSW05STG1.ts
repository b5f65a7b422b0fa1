import { defineRule } from "../defineRule.js";
import { invalidDates } from "./checks.js";

/** SW05STG1 (from 2023-24): SW_DEC, when given, is a DD/MM/YYYY date. */
export const rSW05STG1 = /* @__PURE__ */ defineRule({ code: "SW05STG1", since: "2023-24", scope: "row", check: (data) => ({ sw_episodes: invalidDates(data.table("sw_episodes"), "SW_DEC") }) });
