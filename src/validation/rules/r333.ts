import { defineRule, rowsWhere } from "../defineRule.js";

/** 333: a child matched with adopters (DATE_MATCH a date) has a DATE_INT, on or before the match. */
export const r333 = /* @__PURE__ */ defineRule({
  code: "333",
  scope: "row",
  check: (data) => {
    const ad1 = data.table("ad1");
    const decided = ad1.dates("DATE_INT");
    const matched = ad1.dates("DATE_MATCH");
    return { ad1: rowsWhere(ad1, (row) => matched[row] !== null && (decided[row] === null || decided[row]! > matched[row]!)) };
  },
});
