import { addYears } from "../../dates/day.js";
import { defineRule, rowsWhere } from "../defineRule.js";

/** 231 (from 2024-25): an unaccompanied asylum-seeking child (UASC_STATUS 1) was born at least 11 years before 31 March. */
export const r231 = /* @__PURE__ */ defineRule({
  code: "231",
  since: "2024-25",
  scope: "row",
  check: (data) => {
    const header = data.table("header");
    const uasc = header.column("UASC_STATUS");
    const dob = header.dates("DOB");
    const latestDob = addYears(data.collectionEnd, -11);
    return { header: rowsWhere(header, (row) => uasc[row] === "1" && dob[row] !== null && dob[row]! > latestDob) };
  },
});
