import { defineRule } from "../defineRule.js";
import { notInHeader } from "./headerLinks.js";

/** INT03: a child with episodes is in the header. */
export const rINT03 = /* @__PURE__ */ defineRule({ code: "INT03", check: notInHeader("episodes") });
