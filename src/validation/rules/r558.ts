import { defineRule } from "../defineRule.js";

/**
 * 558: a child adopted (REC E11, E12) has at most one decision to place for adoption that ceased,
 * unless one has not ceased. As the DfE's tool counts it, each adoption episode counts each
 * ceased decision, so two adoption episodes and one ceased decision fail too.
 */
export const r558 = /* @__PURE__ */ defineRule({
  code: "558",
  check: (data) => {
    const [episodes, decisions] = [data.table("episodes"), data.table("placed_for_adoption")];
    const rec = episodes.column("REC");
    const ceased = decisions.column("DATE_PLACED_CEASED");
    const decisionsByChild = decisions.byChild();
    const flagged: number[] = [];
    for (const [child, rows] of episodes.byChild()) {
      const adoptions = rows.filter((row) => rec[row] === "E11" || rec[row] === "E12");
      const childDecisions = decisionsByChild.get(child) ?? [];
      if (adoptions.length === 0 || childDecisions.length === 0 || childDecisions.some((p) => ceased[p] === null)) continue;
      if (adoptions.length * childDecisions.length > 1) flagged.push(...adoptions);
    }
    return { episodes: flagged };
  },
});
