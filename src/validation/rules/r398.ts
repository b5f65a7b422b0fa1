import { defineRule } from "../defineRule.js";
import { RESPITE, rowsWhereValues } from "./checks.js";

/** 398: a child in respite care (LS V3, V4) has no home or placement postcode (no distance is reported). */
export const r398 = /* @__PURE__ */ defineRule({
  code: "398",
  scope: "row",
  check: (data) => ({
    episodes: rowsWhereValues(data.table("episodes"), ["LS", "HOME_POST", "PL_POST"], (ls, home, placement) => RESPITE.has(ls ?? "") && (home !== null || placement !== null)),
  }),
});
