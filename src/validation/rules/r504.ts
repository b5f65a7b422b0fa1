import { defineRule } from "../defineRule.js";
import { consecutiveEpisodes, sameAndGiven } from "./checks.js";

/**
 * 504: the category of need (CIN) stays as it was at the start of the period of care: an
 * episode that continues the previous one (which ended X1 the day it began) has the same CIN.
 * Two blanks differ, as the DfE's tool compares them.
 */
export const r504 = /* @__PURE__ */ defineRule({
  code: "504",
  check: (data) => {
    const episodes = data.table("episodes");
    const rec = episodes.column("REC");
    const cin = episodes.column("CIN");
    const decom = episodes.dates("DECOM");
    const dec = episodes.dates("DEC");
    const flagged = consecutiveEpisodes(episodes)
      .filter(([before, row]) => rec[before] === "X1" && dec[before] !== null && dec[before] === decom[row] && !sameAndGiven(cin[row], cin[before]))
      .map(([, row]) => row);
    return { episodes: flagged };
  },
});
