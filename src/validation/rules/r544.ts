import { defineRule } from "../defineRule.js";
import { healthItemsMissingWhen } from "./oc2Health.js";

/** 544: a child with a conviction recorded (CONVICTED 1) has the four health items completed. */
export const r544 = /* @__PURE__ */ defineRule({ code: "544", scope: "row", check: healthItemsMissingWhen("CONVICTED") });
