import { defineRule } from "../defineRule.js";
import { placedTooYoung } from "./placementAges.js";

/** 374: a child in residential employment (P3) was 14 when the episode began. */
export const r374 = /* @__PURE__ */ defineRule({ code: "374", check: placedTooYoung("P3", 14) });
