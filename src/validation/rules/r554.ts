import { defineRule } from "../defineRule.js";
import { episodesByChildInOrder, pairedByChild } from "./checks.js";

/** 554: a decision to place for adoption (DATE_PLACED) is not after the child's first placement-order episode (LS E1) began; both rows fail. */
export const r554 = /* @__PURE__ */ defineRule({
  code: "554",
  check: (data) => {
    const [episodes, decisions] = [data.table("episodes"), data.table("placed_for_adoption")];
    const [ls, decom] = [episodes.column("LS"), episodes.dates("DECOM")];
    const placed = decisions.dates("DATE_PLACED");
    const firstOrders = new Set(
      episodesByChildInOrder(episodes)
        .map((rows) => rows.find((row) => ls[row] === "E1"))
        .filter((row): row is number => row !== undefined && decom[row] !== null),
    );
    const { left, right } = pairedByChild(episodes, decisions, (e, p) => firstOrders.has(e) && placed[p] !== null && placed[p]! > decom[e]!);
    return { episodes: left, placed_for_adoption: right };
  },
});
