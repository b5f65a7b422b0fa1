import { defineRule } from "../defineRule.js";
import { codePair, codes } from "./checks.js";

/** 378: a child placed with parents (P1) is not accommodated under a single period of section 20 (LS V2). */
export const r378 = /* @__PURE__ */ defineRule({
  code: "378",
  scope: "row",
  check: (data) => ({ episodes: codePair(data.table("episodes"), "PLACE", codes("P1"), "LS", codes("V2")) }),
});
