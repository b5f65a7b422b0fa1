import { defineRule } from "../defineRule.js";
import { childMoreThanOnce } from "./once.js";

/** INT34: a child appears once in the OC3 table. */
export const rINT34 = /* @__PURE__ */ defineRule({ code: "INT34", check: childMoreThanOnce("oc3") });
