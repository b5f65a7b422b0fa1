import { defineRule, rowsWhere } from "../defineRule.js";

/** 166: REVIEW is a DD/MM/YYYY date (blank fails). */
export const r166 = /* @__PURE__ */ defineRule({
  code: "166",
  scope: "row",
  check: (data) => {
    const reviews = data.table("reviews");
    const review = reviews.dates("REVIEW");
    return { reviews: rowsWhere(reviews, (row) => review[row] === null) };
  },
});
