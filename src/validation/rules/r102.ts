import { defineRule, rowsWhere } from "../defineRule.js";

/** 102: DOB is a DD/MM/YYYY date (blank fails). */
export const r102 = /* @__PURE__ */ defineRule({
  code: "102",
  scope: "row",
  check: (data) => {
    const header = data.table("header");
    const dob = header.dates("DOB");
    return { header: rowsWhere(header, (row) => dob[row] === null) };
  },
});
