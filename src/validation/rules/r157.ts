import { birthday } from "./ages.js";
import { defineRule } from "../defineRule.js";
import { cohortSdqWhere } from "./continuouslyLookedAfter.js";

/**
 * 157: a child of the OC2 cohort aged 4 by 1 April and not yet past 16 on 31 March (16th birthday
 * on or after it) has no SDQ score only for a reason other than SDQ1 (no form returned).
 */
export const r157 = /* @__PURE__ */ defineRule({
  code: "157",
  check: (data) => ({
    oc2: cohortSdqWhere(data, (dob, score, reason) => birthday(dob, 4) <= data.collectionStart && birthday(dob, 16) >= data.collectionEnd && score === null && reason === "SDQ1"),
  }),
});
