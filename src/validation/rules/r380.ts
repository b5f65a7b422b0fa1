import { defineRule } from "../defineRule.js";
import { TEMPORARY_PLACEMENTS, codes, whenThenOneOf } from "./checks.js";

/** 380: a temporary placement (T0–T4) only follows a change of placement (RNE P or B), never starts a period of care. */
export const r380 = /* @__PURE__ */ defineRule({
  code: "380",
  scope: "row",
  check: (data) => ({ episodes: whenThenOneOf(data.table("episodes"), "PLACE", codes(...TEMPORARY_PLACEMENTS), "RNE", codes("P", "B")) }),
});
