import { defineRule } from "../defineRule.js";
import { episodesAgainstOfsted } from "./ofstedRegistrations.js";

/**
 * 228: an episode ends no later than the URN's registration ended; an open one (no DEC date)
 * needs the registration to hold on 31 March. A URN Ofsted does not list is 1008's to flag.
 */
export const r228 = /* @__PURE__ */ defineRule({
  code: "228",
  scope: "row",
  check: (data) => {
    const dec = data.table("episodes").dates("DEC");
    return {
      episodes: episodesAgainstOfsted(data, (row, registration) => {
        const ended = registration?.registrationEnd ?? null;
        return ended !== null && (dec[row] ?? data.collectionEnd) > ended;
      }),
    };
  },
});
