import { defineRule } from "../defineRule.js";
import { datesWhere } from "./checks.js";

/** 704 (from 2026-27): a DoLO that ended did so within the collection year. */
export const r704 = /* @__PURE__ */ defineRule({
  code: "704",
  since: "2026-27",
  scope: "row",
  check: (data) => ({ DoLo: datesWhere(data.table("DoLo"), "DOLO_END", (day) => day < data.collectionStart || day > data.collectionEnd) }),
});
