import { defineRule } from "../defineRule.js";
import { notInHeader } from "./headerLinks.js";

/** INT05: a child in OC2 is in the header. */
export const rINT05 = /* @__PURE__ */ defineRule({ code: "INT05", check: notInHeader("oc2") });
