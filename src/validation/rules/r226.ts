import { defineRule, rowsWhere } from "../defineRule.js";
import { TEMPORARY_PLACEMENTS, codes, consecutiveEpisodes } from "./checks.js";

const TEMPORARY = codes(...TEMPORARY_PLACEMENTS);

/** 226: a temporary placement (T0–T4) has no reason for placement change, nor has the episode before it. */
export const r226 = /* @__PURE__ */ defineRule({
  code: "226",
  check: (data) => {
    const episodes = data.table("episodes");
    const place = episodes.column("PLACE");
    const reason = episodes.column("REASON_PLACE_CHANGE");
    const previous = new Map(consecutiveEpisodes(episodes).map(([before, row]) => [row, before]));
    return {
      episodes: rowsWhere(episodes, (row) => {
        if (!TEMPORARY.has(place[row] ?? "")) return false;
        const before = previous.get(row);
        return reason[row] !== null || (before !== undefined && reason[before] !== null);
      }),
    };
  },
});
