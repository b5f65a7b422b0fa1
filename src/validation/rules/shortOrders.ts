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
  const columns: EpisodeRunColumns = { ls, decom, dec: episodes.dates("DEC"), yearEnd: data.collectionEnd };
  const flagged: number[] = [];
  for (const rows of episodesByChildInOrder(episodes)) flagRunsLongerThan(rows, columns, status, maxDays, flagged);
  return flagged;
}

/** The episode columns `flagRunsLongerThan` reads; `yearEnd` stands for an unreadable DEC. */
export interface EpisodeRunColumns {
  ls: readonly (string | null)[];
  decom: readonly (Day | null)[];
  dec: readonly (Day | null)[];
  yearEnd: Day;
}

/**
 * One child's part of `runsLongerThan`: `rows` in DECOM order; the rows of each run over
 * `maxDays` are pushed to `flagged`. A run goes on past episodes of another status while the
 * last `status` episode's DEC is the next row's DECOM. No function is made per child: this walks
 * every episode of a national return, for two rules.
 */
export function flagRunsLongerThan(rows: readonly number[], columns: EpisodeRunColumns, status: string, maxDays: number, flagged: number[]): void {
  const { ls, decom, dec, yearEnd } = columns;
  let runStart = 0; // the run is the `status` rows among rows[runStart..k)
  let runLength = 0;
  let runsOn = false;
  for (let k = 0; k <= rows.length; k += 1) {
    const row = k < rows.length ? rows[k]! : -1;
    if (row !== -1 && ls[row] !== status) continue;
    if (!runsOn || row === -1) {
      if (runLength > 0) flagRunLongerThan(rows, runStart, k, columns, status, maxDays, flagged);
      runStart = k;
      runLength = 0;
    }
    if (row === -1) return;
    runLength += 1;
    const next = rows[k + 1];
    runsOn = next !== undefined && decom[next] !== null && (dec[row] ?? yearEnd) === decom[next];
  }
}

/** The `status` episodes of rows[from..to) as one run: all flagged when its last DEC (year end when unreadable) is over `maxDays` after its first readable DECOM. */
function flagRunLongerThan(
  rows: readonly number[], from: number, to: number, { ls, decom, dec, yearEnd }: EpisodeRunColumns, status: string, maxDays: number, flagged: number[],
): void {
  let earliest = Infinity;
  let latest = -Infinity;
  for (let k = from; k < to; k += 1) {
    const row = rows[k]!;
    if (ls[row] !== status) continue;
    if (decom[row] !== null) earliest = Math.min(earliest, decom[row]!);
    latest = Math.max(latest, dec[row] ?? yearEnd);
  }
  if (earliest === Infinity || latest - earliest <= maxDays) return;
  for (let k = from; k < to; k += 1) if (ls[rows[k]!] === status) flagged.push(rows[k]!);
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
  // One period at a time, its rows in one array reused for every child (no closure per child).
  const period: number[] = [];
  let days = 0;
  const close = () => {
    if (days > maxDays) for (let k = 0; k < period.length; k += 1) flagged.push(period[k]!);
    period.length = 0;
    days = 0;
  };
  for (const rows of episodesByChildInOrder(episodes)) {
    for (let k = 0; k < rows.length; k += 1) {
      const row = rows[k]!;
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
