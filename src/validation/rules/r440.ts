import { defineRule } from "../defineRule.js";
import { codes } from "./checks.js";
import { birthday, participationWhen } from "./ages.js";

/** 440: participation PN0 (a child under 4) is for a review held before the child's 4th birthday. */
export const r440 = /* @__PURE__ */ defineRule({
  code: "440",
  scope: "row",
  check: (data) => ({ reviews: participationWhen(data.table("reviews"), codes("PN0"), (held, dob) => held > birthday(dob, 4)) }),
});
