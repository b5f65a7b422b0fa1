import { defineRule } from "../defineRule.js";
import { sameAndGiven, sameOrBothBlank } from "./checks.js";
import { firstEpisodeAgainstLastYear } from "./lastYearEpisodes.js";
import { placementGeography } from "./placementGeography.js";

/**
 * 452: when last year's latest episode was left open (DEC blank) and this year's first episode
 * has the same reason for new episode, the two derived placement LAs agree (two it could not
 * derive agree, as in the DfE's tool).
 */
export const r452 = /* @__PURE__ */ defineRule({
  code: "452",
  check: (data) => {
    const [now, last] = [data.table("episodes"), data.table("episodes_last")];
    const [rne, lastRne, lastDec] = [now.column("RNE"), last.column("RNE"), last.column("DEC")];
    const [la, lastLa] = [placementGeography(data, "episodes").la, placementGeography(data, "episodes_last").la];
    return {
      episodes: firstEpisodeAgainstLastYear(data, "latest", (row, lastRow) => lastDec[lastRow] === null && sameAndGiven(rne[row], lastRne[lastRow]) && !sameOrBothBlank(la[row], lastLa[lastRow])),
    };
  },
});
