import { defineRule } from "../defineRule.js";
import { consecutiveEpisodes } from "./checks.js";

/** 431: an episode that starts a period of care (RNE S) begins after the child's previous episode ended. */
export const r431 = /* @__PURE__ */ defineRule({
  code: "431",
  check: (data) => {
    const episodes = data.table("episodes");
    const rne = episodes.column("RNE");
    const decom = episodes.dates("DECOM");
    const dec = episodes.dates("DEC");
    const flagged = consecutiveEpisodes(episodes)
      .filter(([before, row]) => rne[row] === "S" && decom[row] !== null && dec[before] !== null && decom[row]! <= dec[before]!)
      .map(([, row]) => row);
    return { episodes: flagged };
  },
});
