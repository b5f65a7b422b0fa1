import { defineRule } from "../defineRule.js";
import { dateAfter } from "./checks.js";

/** 356: an episode does not cease before it began (DECOM after DEC fails). */
export const r356 = /* @__PURE__ */ defineRule({
  code: "356",
  scope: "row",
  check: (data) => ({ episodes: dateAfter(data.table("episodes"), "DECOM", "DEC") }),
});
