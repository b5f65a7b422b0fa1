import { defineRule } from "../defineRule.js";
import { codes, pairedByChild } from "./checks.js";

const PLACED_FOR_ADOPTION = codes("A3", "A4", "A5", "A6");

/** 521: the decision that adoption is in the child's interest (AD1 DATE_INT) is not after a placement for adoption began; both rows fail. */
export const r521 = /* @__PURE__ */ defineRule({
  code: "521",
  check: (data) => {
    const [episodes, ad1] = [data.table("episodes"), data.table("ad1")];
    const [place, decom] = [episodes.column("PLACE"), episodes.dates("DECOM")];
    const decided = ad1.dates("DATE_INT");
    const { left, right } = pairedByChild(episodes, ad1, (e, a) => PLACED_FOR_ADOPTION.has(place[e] ?? "") && decom[e] !== null && decided[a] !== null && decided[a]! > decom[e]!);
    return { episodes: left, ad1: right };
  },
});
