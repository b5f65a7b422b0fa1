import { defineRule } from "../defineRule.js";
import { orderWithoutDecision } from "./orderWithoutDecision.js";

/** 555: a child under a freeing order (LS D1) has a decision to place for adoption, not ceased while the order's episode is open. */
export const r555 = /* @__PURE__ */ defineRule({ code: "555", check: orderWithoutDecision("D1") });
