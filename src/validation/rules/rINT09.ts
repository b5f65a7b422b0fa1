import { defineRule } from "../defineRule.js";
import { notInHeader } from "./headerLinks.js";

/** INT09: a child in the UASC table is in the header. */
export const rINT09 = /* @__PURE__ */ defineRule({ code: "INT09", check: notInHeader("uasc") });
