import { defineRule } from "../defineRule.js";
import { stayedTooLong } from "./placementAges.js";

/** 375: a temporary placement in hospital (T1) lasts at most six weeks (42 days). */
export const r375 = /* @__PURE__ */ defineRule({ code: "375", check: stayedTooLong("T1", 42) });
