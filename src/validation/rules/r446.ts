import { defineRule, rowsWhere } from "../defineRule.js";
import { dayFromYmd } from "../../dates/day.js";

const FIRST = dayFromYmd(2005, 12, 1);

/** 446: E1 (placement order) is not a legal status of an episode starting before 1 December 2005. */
export const r446 = /* @__PURE__ */ defineRule({
  code: "446",
  scope: "row",
  check: (data) => {
    const episodes = data.table("episodes");
    const ls = episodes.column("LS");
    const decom = episodes.dates("DECOM");
    return { episodes: rowsWhere(episodes, (row) => ls[row] === "E1" && decom[row] !== null && decom[row]! < FIRST) };
  },
});
