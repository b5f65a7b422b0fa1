import { defineRule, type RuleData } from "../defineRule.js";
import { consecutiveSwEpisodes } from "./socialWorkers.js";

/**
 * A child's social-worker episode that does not start within 7 days of the previous one's end
 * (either date missing counts as not within), unless `excused(row)`.
 */
function gapAfterPrevious(excused: (data: RuleData, row: number) => boolean) {
  return (data: RuleData) => {
    const sw = data.table("sw_episodes");
    const [start, end] = [sw.dates("SW_DECOM"), sw.dates("SW_DEC")];
    const flagged = consecutiveSwEpisodes(sw)
      .filter(([before, row]) => !(start[row] !== null && end[before] !== null && Math.abs(start[row]! - end[before]!) <= 7) && !excused(data, row))
      .map(([, row]) => row);
    return { sw_episodes: flagged };
  };
}

/** SW10STG2 (2023-24): a child's social-worker episode starts within 7 days either side of the previous one's end. */
export const rSW10STG2 = /* @__PURE__ */ defineRule({ code: "SW10STG2", since: "2023-24", check: gapAfterPrevious(() => false) });

/** SW10STG2 from 2024-25: unless the change was for a family contact (SW_REASON FCONTA). */
export const rSW10STG2From2024 = /* @__PURE__ */ defineRule({
  code: "SW10STG2",
  since: "2024-25",
  check: gapAfterPrevious((data, row) => data.table("sw_episodes").column("SW_REASON")[row] === "FCONTA"),
});
