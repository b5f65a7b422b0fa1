import { addMonths } from "../../dates/day.js";
import { defineRule, rowsWhere } from "../defineRule.js";

/** 188: a child under 4 at 31 March (the collection end) has no SDQ score or reason. */
export const r188 = /* @__PURE__ */ defineRule({
  code: "188",
  scope: "row",
  check: (data) => {
    const oc2 = data.table("oc2");
    const dob = oc2.dates("DOB");
    const score = oc2.column("SDQ_SCORE");
    const reason = oc2.column("SDQ_REASON");
    return { oc2: rowsWhere(oc2, (row) => dob[row] !== null && addMonths(dob[row]!, 48) > data.collectionEnd && (score[row] !== null || reason[row] !== null)) };
  },
});
