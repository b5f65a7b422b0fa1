import { defineRule } from "../defineRule.js";
import { codePair, codes } from "./checks.js";

/** 531: placement provider PR5 is not used with placement P1. */
export const r531 = /* @__PURE__ */ defineRule({
  code: "531",
  scope: "row",
  check: (data) => ({ episodes: codePair(data.table("episodes"), "PLACE", codes("P1"), "PLACE_PROVIDER", codes("PR5")) }),
});
