import { defineRule } from "../defineRule.js";
import { differsFromHeader } from "./headerLinks.js";

/** INT17: a child's DOB in the reviews table is the header's. */
export const rINT17 = /* @__PURE__ */ defineRule({ code: "INT17", check: differsFromHeader("reviews", "DOB") });
