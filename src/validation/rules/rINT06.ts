import { defineRule } from "../defineRule.js";
import { notInHeader } from "./headerLinks.js";

/** INT06: a care leaver in OC3 is in the header. */
export const rINT06 = /* @__PURE__ */ defineRule({ code: "INT06", check: notInHeader("oc3") });
