import { defineRule } from "../defineRule.js";
import { rowsWhereValues } from "./checks.js";

/** 563: a placement-for-adoption decision that ceased (reason and date given) has the date of the decision. */
export const r563 = /* @__PURE__ */ defineRule({
  code: "563",
  scope: "row",
  check: (data) => ({
    placed_for_adoption: rowsWhereValues(data.table("placed_for_adoption"), ["REASON_PLACED_CEASED", "DATE_PLACED_CEASED", "DATE_PLACED"], (reason, ceased, placed) => reason !== null && ceased !== null && placed === null),
  }),
});
