import { defineRule } from "../defineRule.js";
import { invalidDates } from "./checks.js";

/** 147: DEC (the day the episode ceased), when given, is a DD/MM/YYYY date. */
export const r147 = /* @__PURE__ */ defineRule({
  code: "147",
  scope: "row",
  check: (data) => ({ episodes: invalidDates(data.table("episodes"), "DEC") }),
});
