import { defineRule } from "../defineRule.js";
import { rowsByChildInOrder } from "./checks.js";

/**
 * 583: of a child's decisions to place for adoption, all but the latest (by DATE_PLACED, compared
 * as dates where the DfE's tool compares the text) have ceased. Of decisions on the same latest
 * day, one still open is taken as the latest, so that the file's order decides nothing.
 */
export const r583 = /* @__PURE__ */ defineRule({
  code: "583",
  check: (data) => {
    const decisions = data.table("placed_for_adoption");
    const placed = decisions.dates("DATE_PLACED");
    const ceased = decisions.column("DATE_PLACED_CEASED");
    const flagged: number[] = [];
    for (const rows of rowsByChildInOrder(decisions, ["DATE_PLACED"], "latest first")) {
      const latestDay = placed[rows[0]!] ?? null;
      const sameDay = rows.filter((row) => (placed[row] ?? null) === latestDay);
      const latest = sameDay.find((row) => ceased[row] === null) ?? rows[0]!;
      flagged.push(...rows.filter((row) => row !== latest && ceased[row] === null));
    }
    return { placed_for_adoption: flagged };
  },
});
