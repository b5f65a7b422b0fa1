import { addMonths } from "../../dates/day.js";
import { defineRule, rowsWhere } from "../defineRule.js";

const AGED_4_PLUS = new Set(["PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"]);

/** 441: participation PN1–PN7 (a child aged 4 or over) is for a review held on or after the child's 4th birthday. */
export const r441 = /* @__PURE__ */ defineRule({
  code: "441",
  scope: "row",
  check: (data) => {
    const reviews = data.table("reviews");
    const dob = reviews.dates("DOB");
    const held = reviews.dates("REVIEW");
    const participation = reviews.column("REVIEW_CODE");
    return {
      reviews: rowsWhere(reviews, (row) => dob[row] !== null && held[row] !== null && AGED_4_PLUS.has(participation[row] ?? "") && held[row]! < addMonths(dob[row]!, 48)),
    };
  },
});
