import { type ChildHistory, type CurrentEpisode, currentEpisodesAt, isOnShortBreak, derivedValue } from "../../history/historyIndex.js";
import { MembersBuilder, isExcludedAsUasc } from "../common.js";
import type { Exclusion, IndicatorContext, Measurement, Members } from "../types.js";

/** CLA(R) as several indicators read it. */
export interface ChildrenInCare {
  /** The counted children's histories, in cohort order. */
  histories: readonly ChildHistory[];
  /** Their current episodes at R (same order). */
  current: readonly CurrentEpisode[];
  /** Their positions in the cohort (same order). */
  positions: readonly number[];
  excluded: readonly Exclusion[];
  /** Fresh lists: numerator the counted ids, denominator empty. */
  members(): Members;
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
    const builder = new MembersBuilder();
    const spans = history.careSpans;
    history.children.forEach((h, i) => {
      const episode = currentOfAll[i]!;
      // No episode covers R (the care span says so without visiting the history): neither in care nor on a short break.
      if (episode === null && !(spans.starts[i]! <= asAt && spans.ends[i]! > asAt)) return;
      const id = h.child.childId;
      if (episode !== null) {
        if (isExcludedAsUasc(context, h.child)) builder.exclude(id, "uasc");
        else {
          builder.count(id);
          histories.push(h);
          current.push(episode);
          positions.push(i);
        }
      } else if (isOnShortBreak(h, asAt)) {
        builder.exclude(id, "short-break");
      }
    });
    const sorted = builder.members();
    return {
      histories,
      current,
      positions,
      excluded: sorted.excluded,
      members: () => ({ numerator: [...sorted.numerator], denominator: [], excluded: [...sorted.excluded] }),
    };
  });
}

export function measureChildrenInCare(context: IndicatorContext): Measurement {
  const members = childrenInCare(context).members();
  return { kind: "measured", numerator: members.numerator.length, denominator: null, members };
}
