import { defineRule } from "../defineRule.js";
import { childMoreThanOnce } from "./once.js";

/** INT35: a child appears once in the previous-permanence table. */
export const rINT35 = /* @__PURE__ */ defineRule({ code: "INT35", check: childMoreThanOnce("previous_permanence") });
