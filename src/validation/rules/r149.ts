import { defineRule } from "../defineRule.js";
import { codes, notOneOf } from "./checks.js";

const VALID = codes("E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9", "E14", "E15", "E16", "E17", "X1");

/** 149: REC is one of the DfE's codes (blank passes). */
export const r149 = /* @__PURE__ */ defineRule({
  code: "149",
  scope: "row",
  check: (data) => ({ episodes: notOneOf(data.table("episodes"), "REC", VALID, "passes") }),
});
