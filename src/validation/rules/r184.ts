import { defineRule, rowsWhere } from "../defineRule.js";

/**
 * 184: a decision to place for adoption is not dated before the child's birth. The DfE's tool
 * compares the placed-for-adoption row's own DOB, and fails a decision whose DOB cannot be read.
 */
export const r184 = /* @__PURE__ */ defineRule({
  code: "184",
  check: (data) => {
    const decisions = data.table("placed_for_adoption");
    const [placed, dob] = [decisions.dates("DATE_PLACED"), decisions.dates("DOB")];
    return { placed_for_adoption: rowsWhere(decisions, (row) => placed[row] !== null && !(dob[row] !== null && placed[row]! >= dob[row]!)) };
  },
});
