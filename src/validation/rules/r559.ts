import { defineRule } from "../defineRule.js";
import { decisionsAgainstLastYear } from "./lastYearDecisions.js";

/** 559: a decision to place for adoption dated before the collection year was in last year's return, with its date. */
export const r559 = /* @__PURE__ */ defineRule({
  code: "559",
  check: (data) => {
    const placed = data.table("placed_for_adoption").dates("DATE_PLACED");
    const placedLast = data.table("placed_for_adoption_last").dates("DATE_PLACED");
    return { placed_for_adoption: decisionsAgainstLastYear(data, (row, last) => placed[row] !== null && placed[row]! < data.collectionStart && (last === null || placedLast[last] === null)) };
  },
});
