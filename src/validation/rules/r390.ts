import { defineRule } from "../defineRule.js";
import { codes, whenThenOneOf } from "./checks.js";

/** 390: an episode that ended in adoption (REC E11, E12) was a placement for adoption (A3–A6). */
export const r390 = /* @__PURE__ */ defineRule({
  code: "390",
  scope: "row",
  check: (data) => ({ episodes: whenThenOneOf(data.table("episodes"), "REC", codes("E11", "E12"), "PLACE", codes("A3", "A4", "A5", "A6")) }),
});
