import { type RuleData, dataView } from "../defineRule.js";
import { type RuleTable, tableView } from "../ruleTable.js";
import { episodesByChildInOrder, lastWhere, sameAndGiven } from "./checks.js";
import { placementGeography } from "./placementGeography.js";

/** Per child, last year's episodes left open (no DEC), or its latest episode by a DECOM that is a date. */
function lastYearRows(last: RuleTable, lastChosen: "open" | "latest"): ReadonlyMap<string, readonly number[]> {
  return last.view(lastChosen === "open" ? OPEN_BY_CHILD : LATEST_BY_CHILD);
}

function chosenRows(lastChosen: "open" | "latest") {
  return tableView((last): ReadonlyMap<string, readonly number[]> => {
    const [lastDecom, lastDec] = [last.dates("DECOM"), last.column("DEC")];
    const pick = (rows: readonly number[]): readonly number[] => {
      if (lastChosen === "open") return rows.filter((row) => lastDec[row] === null);
      const latest = lastWhere(rows, (row) => lastDecom[row] !== null);
      return latest === undefined ? [] : [latest];
    };
    const chosenByChild = new Map<string, readonly number[]>();
    for (const rows of episodesByChildInOrder(last)) {
      const chosen = pick(rows);
      if (chosen.length > 0) chosenByChild.set(last.childOf(rows[0]!)!, chosen);
    }
    return chosenByChild;
  });
}

const OPEN_BY_CHILD = /* @__PURE__ */ chosenRows("open");
const LATEST_BY_CHILD = /* @__PURE__ */ chosenRows("latest");

/**
 * Pairs of a child's first episode this year (earliest DECOM that is a date) with each of their
 * episodes last year that `lastChosen` picks (502, 503A–J, 452, 453: this year's record continues
 * last year's).
 */
export function firstEpisodeAgainstLastYear(data: RuleData, lastChosen: "open" | "latest", differs: (row: number, lastRow: number) => boolean): number[] {
  const flagged: number[] = [];
  for (const [first, lastRows] of data.derived(lastChosen === "open" ? FIRST_AGAINST_OPEN : FIRST_AGAINST_LATEST)) {
    if (lastRows.some((lastRow) => differs(first, lastRow))) flagged.push(first);
  }
  return flagged;
}

/** Each child's first episode this year with the rows last year `lastChosen` picks, for the children who have both (a dozen rules read it). */
function firstAgainstLast(lastChosen: "open" | "latest") {
  return dataView((data): readonly (readonly [number, readonly number[]])[] => {
    const [episodes, last] = [data.table("episodes"), data.table("episodes_last")];
    const decom = episodes.dates("DECOM");
    const lastRows = lastYearRows(last, lastChosen);
    const pairs: (readonly [number, readonly number[]])[] = [];
    for (const rows of episodesByChildInOrder(episodes)) {
      const first = rows[0]!;
      const chosen = decom[first] === null ? undefined : lastRows.get(episodes.childOf(first)!);
      if (chosen !== undefined) pairs.push([first, chosen]);
    }
    return Object.freeze(pairs);
  });
}

const FIRST_AGAINST_OPEN = /* @__PURE__ */ firstAgainstLast("open");
const FIRST_AGAINST_LATEST = /* @__PURE__ */ firstAgainstLast("latest");

/**
 * This year's first episode against last year's latest, left open (no DEC date): their derived
 * placement distances differ by 0.2 miles or more, or only this year's is known. `sameReason`:
 * only when the two have the same reason for new episode (453).
 */
export function distanceChangedSinceLastYear(data: RuleData, sameReason: boolean): number[] {
  const [now, last] = [data.table("episodes"), data.table("episodes_last")];
  const [rne, lastRne, lastDec] = [now.column("RNE"), last.column("RNE"), last.dates("DEC")];
  const [miles, lastMiles] = [placementGeography(data, "episodes").distance, placementGeography(data, "episodes_last").distance];
  return firstEpisodeAgainstLastYear(data, "latest", (row, lastRow) => {
    const [d, before] = [miles[row] ?? null, lastMiles[lastRow] ?? null];
    const changed = (d !== null && before !== null && Math.abs(d - before) >= 0.2) || (before === null && d !== null);
    return changed && lastDec[lastRow] === null && (!sameReason || sameAndGiven(rne[row], lastRne[lastRow]));
  });
}
