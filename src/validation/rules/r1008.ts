import { defineRule } from "../defineRule.js";
import { episodesAgainstOfsted } from "./ofstedRegistrations.js";

/** 1008: a URN (other than XXXXXXX) is on Ofsted's lists. */
export const r1008 = /* @__PURE__ */ defineRule({
  code: "1008",
  scope: "row",
  check: (data) => ({ episodes: episodesAgainstOfsted(data, (_, registration) => registration === null) }),
});
