import { defineRule, rowsWhere } from "../defineRule.js";
import type { RuleTable } from "../ruleTable.js";
import { RESPITE } from "./checks.js";

/**
 * 392b: an episode (not respite) has both postcodes, unless the child is or was an unaccompanied
 * asylum seeker: listed in this year's or last year's UASC table (as the DfE's tool derives UASC
 * status for CSV returns). Runs with whichever of those tables the folder has.
 */
export const r392b = /* @__PURE__ */ defineRule({
  code: "392b",
  optional: ["header", "uasc", "header_last", "uasc_last"],
  check: (data) => {
    const episodes = data.table("episodes");
    const [ls, home, placement] = [episodes.column("LS"), episodes.column("HOME_POST"), episodes.column("PL_POST")];
    const uasc = new Set<string>();
    const addChildren = (table: RuleTable | null) => table?.byChild().forEach((_, child) => uasc.add(child));
    addChildren(data.tableOrNull("uasc"));
    addChildren(data.tableOrNull("uasc_last"));
    return { episodes: rowsWhere(episodes, (row) => !uasc.has(episodes.childOf(row) ?? "") && !RESPITE.has(ls[row] ?? "") && (home[row] === null || placement[row] === null)) };
  },
});
