import { defineRule, rowsWhere } from "../defineRule.js";
import { codes } from "./checks.js";

const PARTICIPATION = codes("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7");

/** 167: a review with a REVIEW has a participation code; a row with neither passes. */
export const r167 = /* @__PURE__ */ defineRule({
  code: "167",
  scope: "row",
  check: (data) => {
    const reviews = data.table("reviews");
    const review = reviews.column("REVIEW");
    const code = reviews.column("REVIEW_CODE");
    return {
      reviews: rowsWhere(reviews, (row) => {
        const held = review[row] !== null;
        return held ? !PARTICIPATION.has(code[row] ?? "") : code[row] !== null;
      }),
    };
  },
});
