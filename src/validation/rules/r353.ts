import { dayFromYmd } from "../../dates/day.js";
import { defineRule } from "../defineRule.js";
import { datesWhere } from "./checks.js";

/** The Children Act 1989 came into force: no episode starts before it. */
const ACT_IN_FORCE = dayFromYmd(1991, 10, 14);

/** 353: DECOM is not before 14 October 1991. */
export const r353 = /* @__PURE__ */ defineRule({
  code: "353",
  scope: "row",
  check: (data) => ({ episodes: datesWhere(data.table("episodes"), "DECOM", (decom) => decom < ACT_IN_FORCE) }),
});
