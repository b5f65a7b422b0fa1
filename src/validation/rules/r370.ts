import { defineRule } from "../defineRule.js";
import { placedTooYoung } from "./placementAges.js";

/** 370: a child in independent living (P2) was 15 when the episode began. */
export const r370 = /* @__PURE__ */ defineRule({ code: "370", check: placedTooYoung("P2", 15) });

/** 370 in 2023-24: 16. */
export const r370From2023 = /* @__PURE__ */ defineRule({ code: "370", since: "2023-24", check: placedTooYoung("P2", 16) });
