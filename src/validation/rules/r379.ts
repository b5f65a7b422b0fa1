import { defineRule } from "../defineRule.js";
import { stayedTooLong } from "./placementAges.js";

/** 379: a temporary placement for an unspecified reason (T4) lasts at most seven days. */
export const r379 = /* @__PURE__ */ defineRule({ code: "379", check: stayedTooLong("T4", 7) });
