import { defineRule } from "../defineRule.js";
import { healthItemsMissingWhen } from "./oc2Health.js";

/** 547: a child with health promotion recorded (HEALTH_CHECK 1) has the four health items completed. */
export const r547 = /* @__PURE__ */ defineRule({ code: "547", scope: "row", check: healthItemsMissingWhen("HEALTH_CHECK") });
