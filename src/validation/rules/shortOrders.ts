import type { Day } from "../../dates/day.js";
import type { RuleData } from "../defineRule.js";
import { endOrYearEnd, episodesByChildInOrder } from "./checks.js";

/*
 * Legal statuses that may last only days (police protection, EPO, CAO, PACE): a run of a child's
 * episodes under the status counts as one order. An episode still open counts to 31 March.
 */

/**
 * 361, 362: runs of a child's `status` episodes in DECOM order, a run going on while the
 * previous such episode ended (DEC) the day the episode after it began; each run longer than
 * `maxDays` from its first DECOM to its last DEC fails whole. An unreadable DEC counts as open,
 * as the DfE's tool reads it.
 */
export function runsLongerThan(data: RuleData, status: string, maxDays: number): number[] {
  const episodes = data.table("episodes");
  const ls = episodes.column("LS");
  const decom = episodes.dates("DECOM");
  const decOf = (row: number): Day => episodes.dates("DEC")[row] ?? data.collectionEnd;
  const flagged: number[] = [];
  for (const rows of episodesByChildInOrder(episodes)) {
    let run: number[] = [];
    let runsOn = false;
    const close = () => {
      const starts = run.map((row) => decom[row]).filter((day): day is Day => day !== null);
      if (starts.length > 0 && Math.max(...run.map(decOf)) - Math.min(...starts) > maxDays) flagged.push(...run);
      run = [];
    };
    rows.forEach((row, k) => {
      if (ls[row] !== status) return;
      if (!runsOn) close();
      run.push(row);
      const next = rows[k + 1];
      runsOn = next !== undefined && decom[next] !== null && decOf(row) === decom[next];
    });
    close();
  }
  return flagged;
}

/**
 * 363, 364: periods of a child's `status` episodes in DECOM order (an episode starting by the
 * day the previous one ended continues the period); a period whose episodes last more than
 * `maxDays` in all fails whole. Episodes without a DECOM date are left out; an unreadable DEC
 * adds nothing to the period and does not end it (as the DfE's tool reads it).
 */
export function periodsLongerThan(data: RuleData, status: string, maxDays: number): number[] {
  const episodes = data.table("episodes");
  const ls = episodes.column("LS");
  const decom = episodes.dates("DECOM");
  const endOf = endOrYearEnd(data, episodes);
  const flagged: number[] = [];
  for (const rows of episodesByChildInOrder(episodes)) {
    let period: number[] = [];
    let days = 0;
    const close = () => {
      if (days > maxDays) flagged.push(...period);
      period = [];
      days = 0;
    };
    for (const row of rows) {
      if (ls[row] !== status || decom[row] === null) continue;
      const previous = period[period.length - 1];
      const previousEnd = previous === undefined ? null : endOf(previous);
      if (previous === undefined || (previousEnd !== null && decom[row]! > previousEnd)) close();
      period.push(row);
      const end = endOf(row);
      if (end !== null) days += end - decom[row]!;
    }
    close();
  }
  return flagged;
}
