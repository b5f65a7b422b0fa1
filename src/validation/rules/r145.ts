import { defineRule } from "../defineRule.js";
import { codes, notOneOf } from "./checks.js";

const VALID = codes("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8");

/** 145: CIN is one of the DfE's codes (blank passes). */
export const r145 = /* @__PURE__ */ defineRule({
  code: "145",
  scope: "row",
  check: (data) => ({ episodes: notOneOf(data.table("episodes"), "CIN", VALID, "passes") }),
});
