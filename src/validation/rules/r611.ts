import { defineRule } from "../defineRule.js";
import { rowsWhereValues } from "./checks.js";

/** 611: a child recorded as a mother (MOTHER 1) has her child's date of birth (MC_DOB). */
export const r611 = /* @__PURE__ */ defineRule({
  code: "611",
  scope: "row",
  check: (data) => ({ header: rowsWhereValues(data.table("header"), ["MOTHER", "MC_DOB"], (mother, childDob) => mother === "1" && childDob === null) }),
});
