import { defineRule } from "../defineRule.js";
import { periodsLongerThan } from "./shortOrders.js";

/** 364: detention under PACE (LS J2) in council accommodation lasts at most 21 days. */
export const r364 = /* @__PURE__ */ defineRule({ code: "364", check: (data) => ({ episodes: periodsLongerThan(data, "J2", 21) }) });
