import { defineRule } from "../defineRule.js";
import { givenTogether } from "./checks.js";

/** 119: DATE_PLACED_CEASED and REASON_PLACED_CEASED are both given or both blank. */
export const r119 = /* @__PURE__ */ defineRule({
  code: "119",
  scope: "row",
  check: (data) => ({ placed_for_adoption: givenTogether(data.table("placed_for_adoption"), ["DATE_PLACED_CEASED", "REASON_PLACED_CEASED"]) }),
});
