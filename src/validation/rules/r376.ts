import { defineRule } from "../defineRule.js";
import { stayedTooLong } from "./placementAges.js";

/** 376: a temporary placement for the foster carer's holiday (T3) lasts at most three weeks (21 days). */
export const r376 = /* @__PURE__ */ defineRule({ code: "376", check: stayedTooLong("T3", 21) });
