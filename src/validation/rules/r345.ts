import { defineRule, rowsWhere } from "../defineRule.js";

/** 345: a young person the council is in touch with (YES) has an activity and accommodation other than 0. */
export const r345 = /* @__PURE__ */ defineRule({
  code: "345",
  scope: "row",
  check: (data) => {
    const oc3 = data.table("oc3");
    const inTouch = oc3.column("IN_TOUCH");
    const activity = oc3.column("ACTIV");
    const accommodation = oc3.column("ACCOM");
    return { oc3: rowsWhere(oc3, (row) => inTouch[row] === "YES" && (activity[row] === "0" || accommodation[row] === "0")) };
  },
});
