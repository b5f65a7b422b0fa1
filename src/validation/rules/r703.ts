import { defineRule } from "../defineRule.js";
import { datesWhere } from "./checks.js";

/** 703 (from 2026-27): a DoLO does not start after 31 March of the collection year. */
export const r703 = /* @__PURE__ */ defineRule({
  code: "703",
  since: "2026-27",
  scope: "row",
  check: (data) => ({ DoLo: datesWhere(data.table("DoLo"), "DOLO_START", (day) => day > data.collectionEnd) }),
});
