import { defineRule } from "../defineRule.js";
import { ADOPTION_ITEMS, adoptionsInYear } from "./adoptionsInYear.js";
import { pairedByChild } from "./checks.js";

/** 601: a child adopted in the year has every AD1 adoption item; the AD1 row and the adoption episode fail. */
export const r601 = /* @__PURE__ */ defineRule({
  code: "601",
  check: (data) => {
    const [episodes, ad1] = [data.table("episodes"), data.table("ad1")];
    const adopted = new Set(adoptionsInYear(data));
    const items = ADOPTION_ITEMS.map((column) => ad1.column(column));
    const { left, right } = pairedByChild(episodes, ad1, (e, a) => adopted.has(e) && items.some((values) => values[a] === null));
    return { episodes: left, ad1: right };
  },
});
