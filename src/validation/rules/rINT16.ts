import { defineRule } from "../defineRule.js";
import { differsFromHeader } from "./headerLinks.js";

/** INT16: a child's DOB in the previous-permanence table is the header's. */
export const rINT16 = /* @__PURE__ */ defineRule({ code: "INT16", check: differsFromHeader("previous_permanence", "DOB") });
