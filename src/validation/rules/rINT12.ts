import { defineRule } from "../defineRule.js";
import { differsFromHeader } from "./headerLinks.js";

/** INT12: a child's DOB in the placed-for-adoption table is the header's. */
export const rINT12 = /* @__PURE__ */ defineRule({ code: "INT12", check: differsFromHeader("placed_for_adoption", "DOB") });
