import { defineRule } from "../defineRule.js";
import { datesWhere } from "./checks.js";

/** 385: DEC is not after the collection year ends. */
export const r385 = /* @__PURE__ */ defineRule({
  code: "385",
  scope: "row",
  check: (data) => ({ episodes: datesWhere(data.table("episodes"), "DEC", (dec) => dec > data.collectionEnd) }),
});
