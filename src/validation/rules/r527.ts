import { defineRule } from "../defineRule.js";
import { codePair, codes } from "./checks.js";

/** 527: placement provider PR1 is not used with placement P1, R2, R5. */
export const r527 = /* @__PURE__ */ defineRule({
  code: "527",
  scope: "row",
  check: (data) => ({ episodes: codePair(data.table("episodes"), "PLACE", codes("P1", "R2", "R5"), "PLACE_PROVIDER", codes("PR1")) }),
});
