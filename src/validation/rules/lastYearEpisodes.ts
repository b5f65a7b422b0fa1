import type { RuleData } from "../defineRule.js";
import { type RuleTable, tableView } from "../ruleTable.js";
import { episodesByChildInOrder } from "./checks.js";

/** Per child, last year's episodes left open (no DEC), or its latest episode by a DECOM that is a date. */
function lastYearRows(last: RuleTable, lastChosen: "open" | "latest"): ReadonlyMap<string, readonly number[]> {
  return last.view(lastChosen === "open" ? OPEN_BY_CHILD : LATEST_BY_CHILD);
}

function chosenRows(lastChosen: "open" | "latest") {
  return tableView((last): ReadonlyMap<string, readonly number[]> => {
    const [lastDecom, lastDec] = [last.dates("DECOM"), last.column("DEC")];
    const chosenByChild = new Map<string, readonly number[]>();
    for (const rows of episodesByChildInOrder(last)) {
      const chosen = lastChosen === "open" ? rows.filter((row) => lastDec[row] === null) : rows.filter((row) => lastDecom[row] !== null).slice(-1);
      if (chosen.length > 0) chosenByChild.set(last.childOf(rows[0]!)!, chosen);
    }
    return chosenByChild;
  });
}

const OPEN_BY_CHILD = /* @__PURE__ */ chosenRows("open");
const LATEST_BY_CHILD = /* @__PURE__ */ chosenRows("latest");

/**
 * Pairs of a child's first episode this year (earliest DECOM that is a date) with each of their
 * episodes last year that `lastChosen` picks (502, 503A–F: this year's record continues last year's).
 */
export function firstEpisodeAgainstLastYear(data: RuleData, lastChosen: "open" | "latest", differs: (row: number, lastRow: number) => boolean): number[] {
  const [episodes, last] = [data.table("episodes"), data.table("episodes_last")];
  const decom = episodes.dates("DECOM");
  const lastRows = lastYearRows(last, lastChosen);
  const flagged: number[] = [];
  for (const rows of episodesByChildInOrder(episodes)) {
    const first = rows[0]!;
    if (decom[first] === null) continue;
    if ((lastRows.get(episodes.childOf(first)!) ?? []).some((lastRow) => differs(first, lastRow))) flagged.push(first);
  }
  return flagged;
}
