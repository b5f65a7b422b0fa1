import { defineRule } from "../defineRule.js";
import { codePair, codes } from "./checks.js";

/** 528: placement provider PR2 is not used with placement P1, R2, R5. */
export const r528 = /* @__PURE__ */ defineRule({
  code: "528",
  scope: "row",
  check: (data) => ({ episodes: codePair(data.table("episodes"), "PLACE", codes("P1", "R2", "R5"), "PLACE_PROVIDER", codes("PR2")) }),
});
