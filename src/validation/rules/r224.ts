import { defineRule } from "../defineRule.js";
import { episodesAgainstOfsted } from "./ofstedRegistrations.js";

/** 224: the placement provider is one the URN's Ofsted registration carries (an unlisted URN or a blank PLACE_PROVIDER fails). */
export const r224 = /* @__PURE__ */ defineRule({
  code: "224",
  scope: "row",
  check: (data) => {
    const provider = data.table("episodes").column("PLACE_PROVIDER");
    return { episodes: episodesAgainstOfsted(data, (row, registration) => registration === null || provider[row] == null || !registration.providerCodes.includes(provider[row]!)) };
  },
});
