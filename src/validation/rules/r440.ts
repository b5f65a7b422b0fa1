import { addMonths } from "../../dates/day.js";
import { defineRule, rowsWhere } from "../defineRule.js";

/** 440: participation PN0 (a child under 4) is for a review held before the child's 4th birthday. */
export const r440 = /* @__PURE__ */ defineRule({
  code: "440",
  scope: "row",
  check: (data) => {
    const reviews = data.table("reviews");
    const dob = reviews.dates("DOB");
    const held = reviews.dates("REVIEW");
    const participation = reviews.column("REVIEW_CODE");
    return { reviews: rowsWhere(reviews, (row) => dob[row] !== null && held[row] !== null && participation[row] === "PN0" && held[row]! > addMonths(dob[row]!, 48)) };
  },
});
