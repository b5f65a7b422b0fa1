import { defineRule } from "../defineRule.js";
import { episodesAgainstOfsted } from "./ofstedRegistrations.js";

/** 219: the placement type is one the URN's Ofsted registration allows (an unlisted URN or a blank PLACE fails). */
export const r219 = /* @__PURE__ */ defineRule({
  code: "219",
  scope: "row",
  check: (data) => {
    const place = data.table("episodes").column("PLACE");
    return { episodes: episodesAgainstOfsted(data, (row, registration) => registration === null || place[row] == null || !registration.placementCodes.includes(place[row]!)) };
  },
});
