import { defineRule } from "../defineRule.js";
import { runsLongerThan } from "./shortOrders.js";

/** 361: police protection (LS L1) lasts at most 72 hours: a run of L1 episodes spans at most 3 days. */
export const r361 = /* @__PURE__ */ defineRule({ code: "361", check: (data) => ({ episodes: runsLongerThan(data, "L1", 3) }) });
