import { defineRule } from "../defineRule.js";
import { rowsByChildInOrder } from "./checks.js";

/**
 * 579: a child's decisions to place for adoption do not overlap: in DATE_PLACED order, a decision
 * does not start while the one before it is open (no DATE_PLACED_CEASED date) or before it ceased.
 */
export const r579 = /* @__PURE__ */ defineRule({
  code: "579",
  check: (data) => {
    const decisions = data.table("placed_for_adoption");
    const placed = decisions.dates("DATE_PLACED");
    const ceased = decisions.dates("DATE_PLACED_CEASED");
    const flagged: number[] = [];
    for (const rows of rowsByChildInOrder(decisions, ["DATE_PLACED", "DATE_PLACED_CEASED"])) {
      for (let k = 1; k < rows.length; k += 1) {
        const [before, row] = [rows[k - 1]!, rows[k]!];
        if (ceased[before] === null || (placed[row] !== null && placed[row]! < ceased[before]!)) flagged.push(row);
      }
    }
    return { placed_for_adoption: flagged };
  },
});
