import { defineRule } from "../defineRule.js";
import { codePair, codes } from "./checks.js";

/** 530: placement provider PR4 is not used with placement P1. */
export const r530 = /* @__PURE__ */ defineRule({
  code: "530",
  scope: "row",
  check: (data) => ({ episodes: codePair(data.table("episodes"), "PLACE", codes("P1"), "PLACE_PROVIDER", codes("PR4")) }),
});
