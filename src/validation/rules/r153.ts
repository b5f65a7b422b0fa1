import { defineRule } from "../defineRule.js";
import { givenTogether } from "./checks.js";

/** 153: IN_TOUCH, ACTIV and ACCOM are all given or all blank. */
export const r153 = /* @__PURE__ */ defineRule({
  code: "153",
  scope: "row",
  check: (data) => ({ oc3: givenTogether(data.table("oc3"), ["IN_TOUCH", "ACTIV", "ACCOM"]) }),
});
