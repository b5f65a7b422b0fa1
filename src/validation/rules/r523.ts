import { defineRule } from "../defineRule.js";
import { pairedByChild } from "./checks.js";

/** 523: the decision to place for adoption (DATE_PLACED) is the day of AD1's decision that adoption is in the child's interest (DATE_INT); both rows fail. */
export const r523 = /* @__PURE__ */ defineRule({
  code: "523",
  check: (data) => {
    const [decisions, ad1] = [data.table("placed_for_adoption"), data.table("ad1")];
    const [placed, decided] = [decisions.dates("DATE_PLACED"), ad1.dates("DATE_INT")];
    const { left, right } = pairedByChild(decisions, ad1, (p, a) => placed[p] !== null && decided[a] !== null && placed[p] !== decided[a]);
    return { placed_for_adoption: left, ad1: right };
  },
});
