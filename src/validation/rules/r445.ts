import { defineRule, rowsWhere } from "../defineRule.js";
import { dayFromYmd } from "../../dates/day.js";

const LAST = dayFromYmd(2005, 12, 31);

/** 445: D1 (freed for adoption) is not a legal status of an episode starting after 31 December 2005. */
export const r445 = /* @__PURE__ */ defineRule({
  code: "445",
  scope: "row",
  check: (data) => {
    const episodes = data.table("episodes");
    const ls = episodes.column("LS");
    const decom = episodes.dates("DECOM");
    return { episodes: rowsWhere(episodes, (row) => ls[row] === "D1" && decom[row] !== null && decom[row]! > LAST) };
  },
});
