import { defineRule } from "../defineRule.js";
import { datesWhere } from "./checks.js";

/** 571: a missing period that ended did so within the collection year. */
export const r571 = /* @__PURE__ */ defineRule({
  code: "571",
  scope: "row",
  check: (data) => ({ missing: datesWhere(data.table("missing"), "MIS_END", (day) => day < data.collectionStart || day > data.collectionEnd) }),
});
