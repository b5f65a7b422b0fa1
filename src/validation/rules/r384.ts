import { defineRule } from "../defineRule.js";
import { RESPITE, codePair, codes } from "./checks.js";

/** 384: a child in respite care (LS V3, V4) is not in a long-term foster placement (U1, U4). */
export const r384 = /* @__PURE__ */ defineRule({
  code: "384",
  scope: "row",
  check: (data) => ({ episodes: codePair(data.table("episodes"), "LS", RESPITE, "PLACE", codes("U1", "U4")) }),
});
