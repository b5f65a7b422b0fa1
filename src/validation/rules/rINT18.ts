import { defineRule } from "../defineRule.js";
import { differsFromHeader } from "./headerLinks.js";

/** INT18: a child's DOB in the UASC table is the header's. */
export const rINT18 = /* @__PURE__ */ defineRule({ code: "INT18", check: differsFromHeader("uasc", "DOB") });
