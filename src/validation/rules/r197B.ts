import type { Day } from "../../dates/day.js";
import { birthday } from "./ages.js";
import { defineRule } from "../defineRule.js";
import { cohortSdqWhere } from "./continuouslyLookedAfter.js";

/** 197B: a child of the OC2 cohort who turns 4 or 17 in the collection year has an SDQ score or a reason for none. */
export const r197B = /* @__PURE__ */ defineRule({
  code: "197B",
  check: (data) => {
    const inYear = (day: Day) => day >= data.collectionStart && day <= data.collectionEnd;
    return { oc2: cohortSdqWhere(data, (dob, score, reason) => (inYear(birthday(dob, 4)) || inYear(birthday(dob, 17))) && score === null && reason === null) };
  },
});
