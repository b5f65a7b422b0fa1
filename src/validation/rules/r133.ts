import { defineRule } from "../defineRule.js";
import { codes, notOneOf } from "./checks.js";

const VALID = codes("B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2", "R1", "R2", "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1", "Z2", "0");

/** 133: ACCOM is one of the DfE's codes (blank fails). */
export const r133 = /* @__PURE__ */ defineRule({
  code: "133",
  scope: "row",
  check: (data) => ({ oc3: notOneOf(data.table("oc3"), "ACCOM", VALID, "fails") }),
});
