import { defineRule } from "../defineRule.js";
import { childMoreThanOnce } from "./once.js";

/** INT36: a child appears once in the UASC table. */
export const rINT36 = /* @__PURE__ */ defineRule({ code: "INT36", check: childMoreThanOnce("uasc") });
