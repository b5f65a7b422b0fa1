import { defineRule } from "../defineRule.js";
import { orderWithoutDecision } from "./orderWithoutDecision.js";

/** 553: a child under a placement order (LS E1) has a decision to place for adoption, not ceased while the order's episode is open. */
export const r553 = /* @__PURE__ */ defineRule({ code: "553", check: orderWithoutDecision("E1") });
