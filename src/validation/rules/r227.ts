import { defineRule } from "../defineRule.js";
import { episodesAgainstOfsted } from "./ofstedRegistrations.js";

/** 227: an episode starts before the URN's registration ended. */
export const r227 = /* @__PURE__ */ defineRule({
  code: "227",
  scope: "row",
  check: (data) => {
    const decom = data.table("episodes").dates("DECOM");
    return { episodes: episodesAgainstOfsted(data, (row, registration) => registration?.registrationEnd != null && decom[row] != null && decom[row]! >= registration.registrationEnd) };
  },
});
