import { defineRule } from "../defineRule.js";
import { codePair, codes } from "./checks.js";

/** 529: placement provider PR3 is not used with placement A3, A4, A5, A6, K1, K2, P1, U1, U2, U3, U4, U5, U6. */
export const r529 = /* @__PURE__ */ defineRule({
  code: "529",
  scope: "row",
  check: (data) => ({ episodes: codePair(data.table("episodes"), "PLACE", codes("A3", "A4", "A5", "A6", "K1", "K2", "P1", "U1", "U2", "U3", "U4", "U5", "U6"), "PLACE_PROVIDER", codes("PR3")) }),
});
