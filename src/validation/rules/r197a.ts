import { defineRule, rowsWhere } from "../defineRule.js";

/** 197a: SDQ_SCORE and SDQ_REASON are not both given. */
export const r197a = /* @__PURE__ */ defineRule({
  code: "197a",
  scope: "row",
  check: (data) => {
    const oc2 = data.table("oc2");
    const score = oc2.column("SDQ_SCORE");
    const reason = oc2.column("SDQ_REASON");
    return { oc2: rowsWhere(oc2, (row) => score[row] !== null && reason[row] !== null) };
  },
});
