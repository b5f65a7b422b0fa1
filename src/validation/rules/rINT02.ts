import { defineRule } from "../defineRule.js";
import { notInHeader } from "./headerLinks.js";

/** INT02: a child placed for adoption is in the header. */
export const rINT02 = /* @__PURE__ */ defineRule({ code: "INT02", check: notInHeader("placed_for_adoption") });
