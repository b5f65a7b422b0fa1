import { defineRule, rowsWhere } from "../defineRule.js";
import { episodesByChildInOrder, lastWhere } from "./checks.js";

const OC3_ITEMS = ["IN_TOUCH", "ACTIV", "ACCOM"];

/** 1011: a child whose last episode (latest DECOM that is a date) ended in a transfer to another council (REC E3) has no care-leaver items. */
export const r1011 = /* @__PURE__ */ defineRule({
  code: "1011",
  check: (data) => {
    const [episodes, oc3] = [data.table("episodes"), data.table("oc3")];
    const [decom, rec] = [episodes.dates("DECOM"), episodes.column("REC")];
    const transferred = new Set<string>();
    for (const rows of episodesByChildInOrder(episodes)) {
      const last = lastWhere(rows, (row) => decom[row] !== null);
      if (last !== undefined && rec[last] === "E3") transferred.add(episodes.childOf(last)!);
    }
    const items = OC3_ITEMS.map((column) => oc3.column(column));
    return { oc3: rowsWhere(oc3, (row) => transferred.has(oc3.childOf(row) ?? "") && items.some((values) => values[row] !== null)) };
  },
});
