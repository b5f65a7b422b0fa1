import { defineRule } from "../defineRule.js";
import { invalidDates } from "./checks.js";

/** 141: DECOM (the day the episode began), when given, is a DD/MM/YYYY date. */
export const r141 = /* @__PURE__ */ defineRule({
  code: "141",
  scope: "row",
  check: (data) => ({ episodes: invalidDates(data.table("episodes"), "DECOM") }),
});
