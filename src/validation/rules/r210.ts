import { dayFromYmd } from "../../dates/day.js";
import { defineRule } from "../defineRule.js";
import { pairedByChild } from "./checks.js";

/**
 * 210: a child looked after for more than a week at 31 March has a UPN other than UN4 ("just
 * arrived"): an episode starting on or after 24 March fails with its child's header row when the
 * header says UN4.
 */
export const r210 = /* @__PURE__ */ defineRule({
  code: "210",
  check: (data) => {
    const [episodes, header] = [data.table("episodes"), data.table("header")];
    const decom = episodes.dates("DECOM");
    const upn = header.column("UPN");
    const lastWeek = dayFromYmd(data.endYear, 3, 24);
    const { left, right } = pairedByChild(episodes, header, (e, h) => upn[h] === "UN4" && decom[e] !== null && decom[e]! >= lastWeek);
    return { episodes: left, header: right };
  },
});
