import { defineRule } from "../defineRule.js";
import { differsFromHeader } from "./headerLinks.js";

/** INT13: a child's DOB in the missing table is the header's. */
export const rINT13 = /* @__PURE__ */ defineRule({ code: "INT13", check: differsFromHeader("missing", "DOB") });
