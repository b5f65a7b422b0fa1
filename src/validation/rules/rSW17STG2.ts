import { defineRule } from "../defineRule.js";
import { firstRowsByChildInOrder } from "./checks.js";

/** SW17STG2 (from 2025-26): a child's latest social-worker episode (by SW_DECOM) is open at 31 March: it has no SW_DEC. */
export const rSW17STG2 = /* @__PURE__ */ defineRule({
  code: "SW17STG2",
  since: "2025-26",
  check: (data) => {
    const sw = data.table("sw_episodes");
    const end = sw.column("SW_DEC");
    return { sw_episodes: firstRowsByChildInOrder(sw, ["SW_DECOM"], "latest first").filter((row) => end[row] !== null) };
  },
});
