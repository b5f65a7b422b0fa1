import { type ChildHistory, type CurrentEpisode, currentEpisodesAt, isOnShortBreak, derivedValue } from "../../history/historyIndex.js";
import { type CohortMembers, type ExcludedAt, membersOf, uascExclusion } from "../common.js";
import type { IndicatorContext, Measurement } from "../types.js";

/** CLA(R) as several indicators read it. */
export interface ChildrenInCare {
  /** The counted children's histories, in cohort order. */
  histories: readonly ChildHistory[];
  /** Their current episodes at R (same order). */
  current: readonly CurrentEpisode[];
  /** Their positions in the cohort (same order). */
  positions: readonly number[];
  /** The children left out (short break, UASC), by position, in cohort order. */
  excluded: readonly ExcludedAt[];
}

const CHILDREN_IN_CARE = /* @__PURE__ */ derivedValue<ChildrenInCare, [asAt: number]>("children in care");

/**
 * CLA(R): children with a non-short-break episode covering R (indicators.md §1.9). Children
 * covered at R only by a short break are listed as excluded (`short-break`), as are UASC
 * children when `excludeUasc` is on (`uasc`). Computed once per R and shared.
 */
export function childrenInCare(context: IndicatorContext): ChildrenInCare {
  const { history, asAt } = context;
  return history.shared(CHILDREN_IN_CARE, [asAt], () => {
    const currentOfAll = currentEpisodesAt(history, asAt);
    const histories: ChildHistory[] = [];
    const current: CurrentEpisode[] = [];
    const positions: number[] = [];
    const excluded: ExcludedAt[] = [];
    const spans = history.careSpans;
    const isUasc = uascExclusion(context);
    history.children.forEach((h, i) => {
      const episode = currentOfAll[i]!;
      // No episode covers R (the care span says so without visiting the history): neither in care nor on a short break.
      if (episode === null && !(spans.starts[i]! <= asAt && spans.ends[i]! > asAt)) return;
      if (episode !== null) {
        if (isUasc(i)) excluded.push({ position: i, reason: "uasc" });
        else {
          histories.push(h);
          current.push(episode);
          positions.push(i);
        }
      } else if (isOnShortBreak(h, asAt)) {
        excluded.push({ position: i, reason: "short-break" });
      }
    });
    return { histories, current, positions, excluded };
  });
}

/** The children left out of CLA(R) (`childrenInCare`), each listed in `members` too. */
export function excludeFromCare(members: CohortMembers, inCare: ChildrenInCare): void {
  for (const { position, reason } of inCare.excluded) members.exclude(position, reason);
}

export function measureChildrenInCare(context: IndicatorContext): Measurement {
  const inCare = childrenInCare(context);
  return { kind: "measured", numerator: inCare.positions.length, denominator: null, members: membersOf(context.history.ids, inCare.positions, [], inCare.excluded) };
}
