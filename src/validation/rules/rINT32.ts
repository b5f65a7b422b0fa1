import { defineRule } from "../defineRule.js";
import { childMoreThanOnce } from "./once.js";

/** INT32: a child appears once in the header. */
export const rINT32 = /* @__PURE__ */ defineRule({ code: "INT32", check: childMoreThanOnce("header") });
