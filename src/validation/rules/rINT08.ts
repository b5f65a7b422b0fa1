import { defineRule } from "../defineRule.js";
import { notInHeader } from "./headerLinks.js";

/** INT08: a child with reviews is in the header. */
export const rINT08 = /* @__PURE__ */ defineRule({ code: "INT08", check: notInHeader("reviews") });
