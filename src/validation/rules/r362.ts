import { defineRule } from "../defineRule.js";
import { runsLongerThan } from "./shortOrders.js";

/** 362: an emergency protection order (LS L2) lasts at most 21 days. */
export const r362 = /* @__PURE__ */ defineRule({ code: "362", check: (data) => ({ episodes: runsLongerThan(data, "L2", 21) }) });
