import { defineRule, rowsWhere } from "../defineRule.js";

/** 344: a young person who died (DIED) or went home (RHOM) has ACTIV and ACCOM 0. */
export const r344 = /* @__PURE__ */ defineRule({
  code: "344",
  scope: "row",
  check: (data) => {
    const oc3 = data.table("oc3");
    const inTouch = oc3.column("IN_TOUCH");
    const activity = oc3.column("ACTIV");
    const accommodation = oc3.column("ACCOM");
    return {
      oc3: rowsWhere(oc3, (row) => (inTouch[row] === "DIED" || inTouch[row] === "RHOM") && (activity[row] !== "0" || accommodation[row] !== "0")),
    };
  },
});
