import { defineRule } from "../defineRule.js";
import { placedTooYoung } from "./placementAges.js";

/** 372: a child in youth custody or prison (R5) was 10 when the episode began. */
export const r372 = /* @__PURE__ */ defineRule({ code: "372", check: placedTooYoung("R5", 10) });
