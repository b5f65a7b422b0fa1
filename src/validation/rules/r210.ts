import { dayFromYmd } from "../../dates/day.js";
import { defineRule, rowsWhere } from "../defineRule.js";

/**
 * 210: a child looked after for more than a week at 31 March has a UPN other than UN4 ("just
 * arrived"): an episode starting on or after 24 March fails with its child's header row when the
 * header says UN4.
 */
export const r210 = /* @__PURE__ */ defineRule({
  code: "210",
  check: (data) => {
    const header = data.table("header");
    const episodes = data.table("episodes");
    const upn = header.column("UPN");
    const decom = episodes.dates("DECOM");
    const lastWeek = dayFromYmd(data.endYear, 3, 24);
    const justArrived = new Map<string, number[]>();
    header.column("CHILD").forEach((child, row) => {
      if (child !== null && upn[row] === "UN4") justArrived.set(child, [...(justArrived.get(child) ?? []), row]);
    });
    const flaggedHeader = new Set<number>();
    const flaggedEpisodes = rowsWhere(episodes, (row) => {
      const headerRows = justArrived.get(episodes.childOf(row) ?? "");
      if (headerRows === undefined || decom[row] === null || decom[row]! < lastWeek) return false;
      headerRows.forEach((h) => flaggedHeader.add(h));
      return true;
    });
    return { episodes: flaggedEpisodes, header: flaggedHeader };
  },
});
