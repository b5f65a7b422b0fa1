import { defineRule, rowsWhere } from "../defineRule.js";
import type { TableKey } from "../ruleTable.js";

const OTHER_TABLES = ["placed_for_adoption", "missing", "reviews", "ad1", "previous_permanence", "oc2"] as const satisfies readonly TableKey[];

/** 1012: a child with no episodes this year (a care leaver in OC3 only) has no rows in the other tables. */
export const r1012 = /* @__PURE__ */ defineRule({
  code: "1012",
  optional: OTHER_TABLES,
  check: (data) => {
    const inCare = data.table("episodes").byChild();
    const flags: Partial<Record<TableKey, number[]>> = {};
    for (const key of OTHER_TABLES) {
      const table = data.tableOrNull(key);
      if (table !== null) flags[key] = rowsWhere(table, (row) => !inCare.has(table.childOf(row) ?? ""));
    }
    return flags;
  },
});
