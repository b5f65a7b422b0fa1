import { defineRule } from "../defineRule.js";
import { episodesByChildInOrder, rowsWhereValues } from "./checks.js";
import { continuouslyLookedAfter } from "./continuouslyLookedAfter.js";

const HEALTH_ITEMS = ["IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"];

/**
 * 191: a child looked after continuously for 12 months at 31 March has the four health items in
 * OC2; one with no OC2 row at all fails on their first episode (in DECOM order, one with a date).
 */
export const r191 = /* @__PURE__ */ defineRule({
  code: "191",
  check: (data) => {
    const cohort = continuouslyLookedAfter(data);
    const oc2 = data.table("oc2");
    const episodes = data.table("episodes");
    const decom = episodes.dates("DECOM");
    const inOc2 = new Set(oc2.byChild().keys());
    const firstEpisodes = episodesByChildInOrder(episodes)
      .map((rows) => rows[0]!)
      .filter((row) => decom[row] !== null && cohort.has(episodes.childOf(row)!) && !inOc2.has(episodes.childOf(row)!));
    return {
      oc2: rowsWhereValues(oc2, ["CHILD", ...HEALTH_ITEMS], (child, ...items) => cohort.has(child ?? "") && items.some((item) => item === null)),
      episodes: firstEpisodes,
    };
  },
});
