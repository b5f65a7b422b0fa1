import { defineRule, rowsWhere } from "../defineRule.js";

/** 348 (from 2025-26): a care leaver reported last year as having died (IN_TOUCH DIED) is reported so again. */
export const r348 = /* @__PURE__ */ defineRule({
  code: "348",
  since: "2025-26",
  check: (data) => {
    const [oc3, last] = [data.table("oc3"), data.table("oc3_last")];
    const [inTouch, lastInTouch] = [oc3.column("IN_TOUCH"), last.column("IN_TOUCH")];
    const lastByChild = last.byChild();
    return { oc3: rowsWhere(oc3, (row) => (lastByChild.get(oc3.childOf(row) ?? "") ?? []).some((l) => lastInTouch[l] === "DIED") && inTouch[row] !== "DIED") };
  },
});
