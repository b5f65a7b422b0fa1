import type { RuleData } from "../defineRule.js";
import { rowsWhere } from "../defineRule.js";

/**
 * 553, 555: a child under a placement or freeing order (`status`) has a decision to place for
 * adoption; while the order's episode is open (no DEC), no decision has ceased. The episode fails
 * for a child without decisions, the decision for one that ceased.
 */
export function orderWithoutDecision(status: string) {
  return (data: RuleData) => {
    const [episodes, decisions] = [data.table("episodes"), data.table("placed_for_adoption")];
    const [ls, dec] = [episodes.column("LS"), episodes.column("DEC")];
    const [ceased, reason] = [decisions.column("DATE_PLACED_CEASED"), decisions.column("REASON_PLACED_CEASED")];
    const decisionsByChild = decisions.byChild();
    const flaggedDecisions = new Set<number>();
    const flaggedEpisodes = rowsWhere(episodes, (row) => {
      if (ls[row] !== status) return false;
      const rows = decisionsByChild.get(episodes.childOf(row) ?? "");
      if (dec[row] === null) for (const p of rows ?? []) if (ceased[p] !== null || reason[p] !== null) flaggedDecisions.add(p);
      return rows === undefined;
    });
    return { episodes: flaggedEpisodes, placed_for_adoption: flaggedDecisions };
  };
}
