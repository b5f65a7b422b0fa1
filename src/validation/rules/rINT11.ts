import { defineRule } from "../defineRule.js";
import { differsFromHeader } from "./headerLinks.js";

/** INT11: a child's DOB in AD1 is the header's. */
export const rINT11 = /* @__PURE__ */ defineRule({ code: "INT11", check: differsFromHeader("ad1", "DOB") });
