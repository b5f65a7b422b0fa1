import { defineRule, rowsWhere } from "../defineRule.js";

/** 586: a missing period does not start on or before the child's date of birth. */
export const r586 = /* @__PURE__ */ defineRule({
  code: "586",
  scope: "row",
  check: (data) => {
    const missing = data.table("missing");
    const start = missing.dates("MIS_START");
    const dob = missing.dates("DOB");
    return { missing: rowsWhere(missing, (row) => start[row] !== null && dob[row] !== null && start[row]! <= dob[row]!) };
  },
});
