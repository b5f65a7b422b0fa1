import { defineRule } from "../defineRule.js";
import { periodsLongerThan } from "./shortOrders.js";

/** 363: a child assessment order (LS L3) lasts at most 7 days. */
export const r363 = /* @__PURE__ */ defineRule({ code: "363", check: (data) => ({ episodes: periodsLongerThan(data, "L3", 7) }) });
