import { defineRule } from "../defineRule.js";
import { codes, notOneOf } from "./checks.js";

const VALID = codes("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0");
/** Training or employment: valid to 2020-21 (data.md §4), so in the older years checked with the 2022-23 rules. */
const VALID_TO_2021 = codes(...VALID, "F3", "P3");

/** 132: ACTIV is one of the DfE's codes of the year checked (blank fails). */
export const r132 = /* @__PURE__ */ defineRule({
  code: "132",
  scope: "row",
  check: (data) => ({ oc3: notOneOf(data.table("oc3"), "ACTIV", data.endYear <= 2021 ? VALID_TO_2021 : VALID, "fails") }),
});
