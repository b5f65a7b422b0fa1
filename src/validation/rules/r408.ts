import { defineRule } from "../defineRule.js";
import { codes, whenThenOneOf } from "./checks.js";

/** 408: a child placed for adoption under a placement order (A5, A6) has legal status E1. */
export const r408 = /* @__PURE__ */ defineRule({
  code: "408",
  scope: "row",
  check: (data) => ({ episodes: whenThenOneOf(data.table("episodes"), "PLACE", codes("A5", "A6"), "LS", codes("E1")) }),
});
