import { dayFromYmd } from "../../dates/day.js";
import { defineRule, rowsWhere } from "../defineRule.js";

const LAST_P2_DAY = dayFromYmd(2023, 10, 28);

/** 217t (2023-24 only): a P2 placement ended by 28 October 2023, when P2 ceased to be a placement type; one still open fails. */
export const r217t = /* @__PURE__ */ defineRule({
  code: "217t",
  since: "2023-24",
  scope: "row",
  check: (data) => {
    const episodes = data.table("episodes");
    const place = episodes.column("PLACE");
    const dec = episodes.dates("DEC");
    return { episodes: rowsWhere(episodes, (row) => place[row] === "P2" && (dec[row] === null || dec[row]! > LAST_P2_DAY)) };
  },
});
