import { defineRule, rowsWhere } from "../defineRule.js";
import { episodesByChildInOrder, lastWhere } from "./checks.js";

/** 1010: a care leaver whose last episode in last year's return was open has episodes this year. */
export const r1010 = /* @__PURE__ */ defineRule({
  code: "1010",
  check: (data) => {
    const [episodes, last, oc3] = [data.table("episodes"), data.table("episodes_last"), data.table("oc3")];
    const [lastDecom, lastDec] = [last.dates("DECOM"), last.column("DEC")];
    const openAtYearEnd = new Set<string>();
    for (const rows of episodesByChildInOrder(last)) {
      const final = lastWhere(rows, (row) => lastDecom[row] !== null);
      if (final !== undefined && lastDec[final] === null) openAtYearEnd.add(last.childOf(final)!);
    }
    const inCare = episodes.byChild();
    return { oc3: rowsWhere(oc3, (row) => openAtYearEnd.has(oc3.childOf(row) ?? "") && !inCare.has(oc3.childOf(row) ?? "")) };
  },
});
