import { defineRule } from "../defineRule.js";
import { listCodes, notOneOf } from "./checks.js";

/** 631: a previous permanence option, when given, is one of P1–P4 or Z1. */
export const r631 = /* @__PURE__ */ defineRule({
  code: "631",
  scope: "row",
  check: (data) => ({ previous_permanence: notOneOf(data.table("previous_permanence"), "PREV_PERM", listCodes("PREV_PERM"), "passes") }),
});
