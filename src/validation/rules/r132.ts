import { defineRule } from "../defineRule.js";
import { codes, notOneOf } from "./checks.js";

const VALID = codes("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0");

/** 132: ACTIV is one of the DfE's codes (blank fails). */
export const r132 = defineRule({
  code: "132",
  check: (data) => ({ oc3: notOneOf(data.table("oc3"), "ACTIV", VALID, "fails") }),
});
