import { defineRule } from "../defineRule.js";
import { birthday, sdqGivenWhen } from "./ages.js";

/** 188: a child under 4 at 31 March (the collection end) has no SDQ score or reason. */
export const r188 = /* @__PURE__ */ defineRule({
  code: "188",
  scope: "row",
  check: (data) => ({ oc2: sdqGivenWhen(data.table("oc2"), (dob) => birthday(dob, 4) > data.collectionEnd) }),
});
