import { defineRule } from "../defineRule.js";
import { rowsWhereValues } from "./checks.js";

/** 344: a young person who died (DIED) or went home (RHOM) has ACTIV and ACCOM 0. */
export const r344 = /* @__PURE__ */ defineRule({
  code: "344",
  scope: "row",
  check: (data) => ({ oc3: rowsWhereValues(data.table("oc3"), ["IN_TOUCH", "ACTIV", "ACCOM"], (inTouch, activity, accommodation) => (inTouch === "DIED" || inTouch === "RHOM") && (activity !== "0" || accommodation !== "0")) }),
});
