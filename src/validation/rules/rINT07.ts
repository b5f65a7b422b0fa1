import { defineRule } from "../defineRule.js";
import { notInHeader } from "./headerLinks.js";

/** INT07: a child with a previous permanence option is in the header. */
export const rINT07 = /* @__PURE__ */ defineRule({ code: "INT07", check: notInHeader("previous_permanence") });
