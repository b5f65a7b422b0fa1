import { defineRule } from "../defineRule.js";
import { codes, whenThenOneOf } from "./checks.js";

/** 516: an episode that ended in staying put (REC E45, E46) was with a foster carer (U1–U6). */
export const r516 = /* @__PURE__ */ defineRule({
  code: "516",
  scope: "row",
  check: (data) => ({ episodes: whenThenOneOf(data.table("episodes"), "REC", codes("E45", "E46"), "PLACE", codes("U1", "U2", "U3", "U4", "U5", "U6")) }),
});
