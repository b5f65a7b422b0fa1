import { addMonths } from "../../dates/day.js";
import { defineRule, rowsWhere } from "../defineRule.js";

/** 189: a young person 17 or over on 1 April (the collection start) has no SDQ score or reason. */
export const r189 = /* @__PURE__ */ defineRule({
  code: "189",
  scope: "row",
  check: (data) => {
    const oc2 = data.table("oc2");
    const dob = oc2.dates("DOB");
    const score = oc2.column("SDQ_SCORE");
    const reason = oc2.column("SDQ_REASON");
    return { oc2: rowsWhere(oc2, (row) => dob[row] !== null && addMonths(dob[row]!, 204) < data.collectionStart && (score[row] !== null || reason[row] !== null)) };
  },
});
