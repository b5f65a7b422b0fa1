import { defineRule, rowsWhere } from "../defineRule.js";
import type { RuleTable } from "../ruleTable.js";

/** 1000: a child who died in care (an episode ended E2, this year or last) has no care-leaver row. */
export const r1000 = /* @__PURE__ */ defineRule({
  code: "1000",
  optional: ["episodes_last"],
  check: (data) => {
    const died = new Set<string>();
    const addDeaths = (table: RuleTable | null) => {
      if (table === null) return;
      const rec = table.column("REC");
      table.column("CHILD").forEach((child, row) => {
        if (child !== null && rec[row] === "E2") died.add(child);
      });
    };
    addDeaths(data.table("episodes"));
    addDeaths(data.tableOrNull("episodes_last"));
    const oc3 = data.table("oc3");
    return { oc3: rowsWhere(oc3, (row) => died.has(oc3.childOf(row) ?? "")) };
  },
});
