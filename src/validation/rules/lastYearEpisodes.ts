import type { RuleData } from "../defineRule.js";
import { episodesByChildInOrder } from "./checks.js";

/**
 * Pairs of a child's first episode this year (earliest DECOM that is a date) with each of their
 * episodes last year that `lastChosen` picks (502, 503A–F: this year's record continues last year's).
 */
export function firstEpisodeAgainstLastYear(data: RuleData, lastChosen: "open" | "latest", differs: (row: number, lastRow: number) => boolean): number[] {
  const [episodes, last] = [data.table("episodes"), data.table("episodes_last")];
  const decom = episodes.dates("DECOM");
  const [lastDecom, lastDec] = [last.dates("DECOM"), last.column("DEC")];
  const lastRows = new Map<string, readonly number[]>();
  for (const rows of episodesByChildInOrder(last)) {
    const chosen = lastChosen === "open" ? rows.filter((row) => lastDec[row] === null) : rows.filter((row) => lastDecom[row] !== null).slice(-1);
    if (chosen.length > 0) lastRows.set(last.childOf(rows[0]!)!, chosen);
  }
  const flagged: number[] = [];
  for (const rows of episodesByChildInOrder(episodes)) {
    const first = rows[0]!;
    if (decom[first] === null) continue;
    if ((lastRows.get(episodes.childOf(first)!) ?? []).some((lastRow) => differs(first, lastRow))) flagged.push(first);
  }
  return flagged;
}
