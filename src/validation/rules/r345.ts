import { defineRule } from "../defineRule.js";
import { rowsWhereValues } from "./checks.js";

/** 345: a young person the council is in touch with (YES) has an activity and accommodation other than 0. */
export const r345 = /* @__PURE__ */ defineRule({
  code: "345",
  scope: "row",
  check: (data) => ({ oc3: rowsWhereValues(data.table("oc3"), ["IN_TOUCH", "ACTIV", "ACCOM"], (inTouch, activity, accommodation) => inTouch === "YES" && (activity === "0" || accommodation === "0")) }),
});
