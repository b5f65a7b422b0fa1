import { defineRule } from "../defineRule.js";
import { codes, rowsWhereValues } from "./checks.js";

const MISSING_OR_AWAY = codes("M", "A");

/** 564: a missing or away-without-authorisation row (MISSING M or A) has a start date. */
export const r564 = /* @__PURE__ */ defineRule({
  code: "564",
  scope: "row",
  check: (data) => ({ missing: rowsWhereValues(data.table("missing"), ["MISSING", "MIS_START"], (missing, start) => MISSING_OR_AWAY.has(missing ?? "") && start === null) }),
});
