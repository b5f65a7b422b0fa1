import { defineRule, rowsWhere } from "../defineRule.js";
import { birthday } from "./ages.js";

/** 304: DUC, when given, is on or before the child's 18th birthday. */
export const r304 = /* @__PURE__ */ defineRule({
  code: "304",
  scope: "row",
  check: (data) => {
    const uasc = data.table("uasc");
    const dob = uasc.dates("DOB");
    const duc = uasc.dates("DUC");
    return { uasc: rowsWhere(uasc, (row) => duc[row] !== null && dob[row] !== null && duc[row]! > birthday(dob[row]!, 18)) };
  },
});
