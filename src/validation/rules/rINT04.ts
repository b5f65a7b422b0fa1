import { defineRule } from "../defineRule.js";
import { notInHeader } from "./headerLinks.js";

/** INT04: a child with missing periods is in the header. */
export const rINT04 = /* @__PURE__ */ defineRule({ code: "INT04", check: notInHeader("missing") });
