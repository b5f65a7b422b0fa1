import { defineRule, rowsWhere, type RuleData } from "../defineRule.js";
import { codes } from "./checks.js";

const PLACED_FOR_ADOPTION = codes("A3", "A4", "A5", "A6");
const ADOPTED = codes("E11", "E12");

/**
 * A child placed for adoption or under an order (`orders`) who left care other than by adoption
 * (REC given, not E11, E12 or X1) has decisions to place for adoption, each with the date and
 * reason it ceased: the episode fails without decisions, and with each decision lacking them.
 */
function leftCareUnadopted(orders: readonly string[]) {
  return (data: RuleData) => {
    const [episodes, decisions] = [data.table("episodes"), data.table("placed_for_adoption")];
    const [place, ls, rec] = [episodes.column("PLACE"), episodes.column("LS"), episodes.column("REC")];
    const [ceased, reason] = [decisions.column("DATE_PLACED_CEASED"), decisions.column("REASON_PLACED_CEASED")];
    const underOrder = codes(...orders);
    const decisionsByChild = decisions.byChild();
    const flaggedDecisions = new Set<number>();
    const flaggedEpisodes = rowsWhere(episodes, (row) => {
      const adoptionEpisode = PLACED_FOR_ADOPTION.has(place[row] ?? "") || underOrder.has(ls[row] ?? "");
      if (!adoptionEpisode || rec[row] === null || rec[row] === "X1" || ADOPTED.has(rec[row]!)) return false;
      const rows = decisionsByChild.get(episodes.childOf(row) ?? "");
      if (rows === undefined) return true;
      const incomplete = rows.filter((p) => ceased[p] === null || reason[p] === null);
      incomplete.forEach((p) => flaggedDecisions.add(p));
      return incomplete.length > 0;
    });
    return { episodes: flaggedEpisodes, placed_for_adoption: flaggedDecisions };
  };
}

/** 557: …under a freeing or placement order (LS D1, E1). */
export const r557 = /* @__PURE__ */ defineRule({ code: "557", check: leftCareUnadopted(["D1", "E1"]) });

/** 557 from 2024-25, when freeing orders (D1) are gone: a placement order (E1). */
export const r557From2024 = /* @__PURE__ */ defineRule({ code: "557", since: "2024-25", check: leftCareUnadopted(["E1"]) });
