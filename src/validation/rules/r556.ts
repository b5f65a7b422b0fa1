import { defineRule } from "../defineRule.js";
import { pairedByChild } from "./checks.js";

/** 556: a decision to place for adoption (DATE_PLACED) is not after a freeing-order episode (LS D1) began. */
export const r556 = /* @__PURE__ */ defineRule({
  code: "556",
  check: (data) => {
    const [episodes, decisions] = [data.table("episodes"), data.table("placed_for_adoption")];
    const [ls, decom] = [episodes.column("LS"), episodes.dates("DECOM")];
    const placed = decisions.dates("DATE_PLACED");
    return { episodes: pairedByChild(episodes, decisions, (e, p) => ls[e] === "D1" && decom[e] !== null && placed[p] !== null && placed[p]! > decom[e]!).left };
  },
});
