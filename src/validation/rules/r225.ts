import { defineRule } from "../defineRule.js";
import { TEMPORARY_PLACEMENTS, codes, consecutiveEpisodes } from "./checks.js";

const TEMPORARY = codes(...TEMPORARY_PLACEMENTS);
const PLACEMENT_CHANGES = codes("P", "B", "T", "U");

/**
 * 225: an episode that ends (X1) in a change of placement (the next episode's RNE is P, B, T or
 * U), neither placement temporary, gives the reason for the change.
 */
export const r225 = /* @__PURE__ */ defineRule({
  code: "225",
  check: (data) => {
    const episodes = data.table("episodes");
    const rec = episodes.column("REC");
    const reason = episodes.column("REASON_PLACE_CHANGE");
    const place = episodes.column("PLACE");
    const rne = episodes.column("RNE");
    const flagged = consecutiveEpisodes(episodes)
      .filter(([row, next]) => rec[row] === "X1" && reason[row] === null && !TEMPORARY.has(place[row] ?? "") && PLACEMENT_CHANGES.has(rne[next] ?? "") && !TEMPORARY.has(place[next] ?? ""))
      .map(([row]) => row);
    return { episodes: flagged };
  },
});
