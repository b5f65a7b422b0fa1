import { birthday } from "./ages.js";
import { defineRule } from "../defineRule.js";
import { cohortSdqWhere } from "./continuouslyLookedAfter.js";

/** 186: a child of the OC2 cohort aged 4 by 1 April and under 17 on 31 March has an SDQ score or a reason for none. */
export const r186 = /* @__PURE__ */ defineRule({
  code: "186",
  check: (data) => ({
    oc2: cohortSdqWhere(data, (dob, score, reason) => birthday(dob, 4) <= data.collectionStart && birthday(dob, 17) > data.collectionEnd && score === null && reason === null),
  }),
});
