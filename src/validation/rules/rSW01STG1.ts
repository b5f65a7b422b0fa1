import { defineRule, rowsWhere } from "../defineRule.js";
import { RESPITE } from "./checks.js";

/**
 * SW01STG1 (2023-24): a child looked after on 31 March (an episode with no DEC, not respite) has
 * social-worker episodes, each with its worker's ID, start and reason. The child's open episode is
 * the row flagged: the DfE's tool reports its row number against the social-worker file, where
 * it names another row (docs/validation.md).
 */
export const rSW01STG1 = /* @__PURE__ */ defineRule({
  code: "SW01STG1",
  since: "2023-24",
  check: (data) => {
    const episodes = data.table("episodes");
    const sw = data.table("sw_episodes");
    const [dec, ls] = [episodes.column("DEC"), episodes.column("LS")];
    const items = ["SW_ID", "SW_DECOM", "SW_REASON"].map((column) => sw.column(column));
    const swByChild = sw.byChild();
    const incomplete = (child: string | null) => {
      const rows = child === null ? undefined : swByChild.get(child);
      return rows === undefined || rows.some((row) => items.some((values) => values[row] === null));
    };
    return { episodes: rowsWhere(episodes, (row) => dec[row] === null && !RESPITE.has(ls[row] ?? "") && incomplete(episodes.childOf(row))) };
  },
});
