import { defineRule } from "../defineRule.js";
import { childMoreThanOnce } from "./once.js";

/** INT33: a child appears once in the OC2 table. */
export const rINT33 = /* @__PURE__ */ defineRule({ code: "INT33", check: childMoreThanOnce("oc2") });
