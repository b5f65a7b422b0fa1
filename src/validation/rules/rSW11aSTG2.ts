import { addDays } from "../../dates/day.js";
import { defineRule } from "../defineRule.js";
import { consecutiveSwEpisodes } from "./socialWorkers.js";

/**
 * SW11aSTG2 (2023-24): after a social-worker episode that ended more than 5 days before 31 March,
 * the child's next episode starts within 5 days of that end. The next episode is the one flagged,
 * as the DfE's tool reports it.
 */
export const rSW11aSTG2 = /* @__PURE__ */ defineRule({
  code: "SW11aSTG2",
  since: "2023-24",
  check: (data) => {
    const sw = data.table("sw_episodes");
    const [start, end] = [sw.dates("SW_DECOM"), sw.dates("SW_DEC")];
    const lastEarlyEnd = addDays(data.collectionEnd, -5);
    const flagged = consecutiveSwEpisodes(sw)
      .filter(([before, row]) => end[before] !== null && end[before]! <= lastEarlyEnd && !(start[row] !== null && Math.abs(start[row]! - end[before]!) <= 5))
      .map(([, row]) => row);
    return { sw_episodes: flagged };
  },
});
