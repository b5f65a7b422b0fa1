import { defineRule } from "../defineRule.js";
import { rowsWhereValues } from "./checks.js";

/** 392d: home and placement postcodes differ unless the child is placed with parents (P1); both must be given to be the same. */
export const r392d = /* @__PURE__ */ defineRule({
  code: "392d",
  scope: "row",
  check: (data) => ({
    episodes: rowsWhereValues(data.table("episodes"), ["PLACE", "HOME_POST", "PL_POST"], (place, home, placement) => place !== "P1" && home !== null && home === placement),
  }),
});
