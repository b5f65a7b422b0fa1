import { defineRule } from "../defineRule.js";
import { differsFromHeader } from "./headerLinks.js";

/** INT14: a child's DOB in OC2 is the header's. */
export const rINT14 = /* @__PURE__ */ defineRule({ code: "INT14", check: differsFromHeader("oc2", "DOB") });
