import { dayFromYmd } from "../../dates/day.js";
import { defineRule, rowsWhere } from "../defineRule.js";

const FROM = dayFromYmd(2015, 4, 1);
const REASONS = new Set(["S", "T", "U"]);

/** 217: a placement for adoption with current foster carers (A3, A5) from 1 April 2015 starts with RNE S, T or U. */
export const r217 = /* @__PURE__ */ defineRule({
  code: "217",
  scope: "row",
  check: (data) => {
    const episodes = data.table("episodes");
    const place = episodes.column("PLACE");
    const decom = episodes.dates("DECOM");
    const rne = episodes.column("RNE");
    return {
      episodes: rowsWhere(episodes, (row) => (place[row] === "A3" || place[row] === "A5") && decom[row] !== null && decom[row]! >= FROM && !REASONS.has(rne[row] ?? "")),
    };
  },
});
