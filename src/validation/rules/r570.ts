import { defineRule } from "../defineRule.js";
import { datesWhere } from "./checks.js";

/** 570: a missing period does not start after 31 March of the collection year. */
export const r570 = /* @__PURE__ */ defineRule({
  code: "570",
  scope: "row",
  check: (data) => ({ missing: datesWhere(data.table("missing"), "MIS_START", (day) => day > data.collectionEnd) }),
});
