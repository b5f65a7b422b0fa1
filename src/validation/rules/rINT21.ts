import { defineRule } from "../defineRule.js";
import { differsFromHeader } from "./headerLinks.js";

/** INT21: a child's SEX in the UASC table is the header's. */
export const rINT21 = /* @__PURE__ */ defineRule({ code: "INT21", check: differsFromHeader("uasc", "SEX") });
