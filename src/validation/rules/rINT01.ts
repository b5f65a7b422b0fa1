import { defineRule } from "../defineRule.js";
import { notInHeader } from "./headerLinks.js";

/** INT01: a child in AD1 is in the header. */
export const rINT01 = /* @__PURE__ */ defineRule({ code: "INT01", check: notInHeader("ad1") });
