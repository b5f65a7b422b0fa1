import { defineRule, rowsWhere } from "../defineRule.js";

/** NoE: a child whose episode began before the collection year has episodes in last year's return. */
export const rNoE = /* @__PURE__ */ defineRule({
  code: "NoE",
  check: (data) => {
    const [episodes, last] = [data.table("episodes"), data.table("episodes_last")];
    const decom = episodes.dates("DECOM");
    const lastYear = last.byChild();
    return { episodes: rowsWhere(episodes, (row) => decom[row] !== null && decom[row]! < data.collectionStart && !lastYear.has(episodes.childOf(row) ?? "")) };
  },
});
