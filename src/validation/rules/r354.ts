import { defineRule } from "../defineRule.js";
import { datesWhere } from "./checks.js";

/** 354: DECOM is not after the collection year ends. */
export const r354 = /* @__PURE__ */ defineRule({
  code: "354",
  scope: "row",
  check: (data) => ({ episodes: datesWhere(data.table("episodes"), "DECOM", (decom) => decom > data.collectionEnd) }),
});
