import { defineRule, rowsWhere } from "../defineRule.js";
import { ADOPTION_ITEMS, adoptionsInYear } from "./adoptionsInYear.js";

/** 602: an AD1 row with adoption items belongs to a child adopted in the year (REC E11, E12 with a DEC in the year). */
export const r602 = /* @__PURE__ */ defineRule({
  code: "602",
  check: (data) => {
    const [episodes, ad1] = [data.table("episodes"), data.table("ad1")];
    const adoptedChildren = new Set(adoptionsInYear(data).map((row) => episodes.childOf(row)));
    const items = ADOPTION_ITEMS.map((column) => ad1.column(column));
    return { ad1: rowsWhere(ad1, (row) => !adoptedChildren.has(ad1.childOf(row)) && items.some((values) => values[row] !== null)) };
  },
});
