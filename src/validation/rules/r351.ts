import { addYears } from "../../dates/day.js";
import { defineRule } from "../defineRule.js";
import { datesWhere } from "./checks.js";

/** 351: the child was not over 25 when the collection year started. */
export const r351 = /* @__PURE__ */ defineRule({
  code: "351",
  scope: "row",
  check: (data) => ({ header: datesWhere(data.table("header"), "DOB", (dob) => data.collectionStart > addYears(dob, 25)) }),
});
