import { defineRule, rowsWhere } from "../defineRule.js";

/** 708 (from 2026-27): a DoLO starts after the child's date of birth. */
export const r708 = /* @__PURE__ */ defineRule({
  code: "708",
  since: "2026-27",
  scope: "row",
  check: (data) => {
    const dolo = data.table("DoLo");
    const start = dolo.dates("DOLO_START");
    const dob = dolo.dates("DOB");
    return { DoLo: rowsWhere(dolo, (row) => start[row] !== null && dob[row] !== null && start[row]! <= dob[row]!) };
  },
});
