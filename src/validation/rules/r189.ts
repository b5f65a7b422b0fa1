import { defineRule } from "../defineRule.js";
import { birthday, sdqGivenWhen } from "./ages.js";

/** 189: a young person 17 or over on 1 April (the collection start) has no SDQ score or reason. */
export const r189 = /* @__PURE__ */ defineRule({
  code: "189",
  scope: "row",
  check: (data) => ({ oc2: sdqGivenWhen(data.table("oc2"), (dob) => birthday(dob, 17) < data.collectionStart) }),
});
