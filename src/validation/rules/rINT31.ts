import { defineRule } from "../defineRule.js";
import { childMoreThanOnce } from "./once.js";

/** INT31: a child appears once in the AD1 table. */
export const rINT31 = /* @__PURE__ */ defineRule({ code: "INT31", check: childMoreThanOnce("ad1") });
