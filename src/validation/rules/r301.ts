import { defineRule } from "../defineRule.js";
import { datesWhere } from "./checks.js";

/** 301: DOB is not after the collection year ends. */
export const r301 = /* @__PURE__ */ defineRule({
  code: "301",
  scope: "row",
  check: (data) => ({ header: datesWhere(data.table("header"), "DOB", (dob) => dob > data.collectionEnd) }),
});
