import { defineRule } from "../defineRule.js";
import { placedTooYoung } from "./placementAges.js";

/** 373: a child placed in a school (S1) was 4 when the episode began. */
export const r373 = /* @__PURE__ */ defineRule({ code: "373", check: placedTooYoung("S1", 4) });
