import { defineRule } from "../defineRule.js";
import { differsFromHeader } from "./headerLinks.js";

/** INT15: a care leaver's DOB in OC3 is the header's. */
export const rINT15 = /* @__PURE__ */ defineRule({ code: "INT15", check: differsFromHeader("oc3", "DOB") });
