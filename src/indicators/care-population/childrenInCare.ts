import { covers, isShortBreak } from "../../history/episodeOrder.js";
import { isLookedAfterOn } from "../../history/historyIndex.js";
import { MembersBuilder, isExcludedAsUasc, missingTables } from "../common.js";
import type { IndicatorContext, Measurement } from "../types.js";

/**
 * CLA(R): children with a non-short-break episode covering R (indicators.md §1.9). Children
 * covered at R only by a short break are listed as excluded (`short-break`), as are UASC
 * children when `excludeUasc` is on (`uasc`).
 */
export function childrenInCare(context: IndicatorContext): MembersBuilder {
  const members = new MembersBuilder();
  for (const child of context.cohort.children) {
    const history = context.history.of(child);
    if (isLookedAfterOn(history, context.asAt)) {
      if (isExcludedAsUasc(context, child)) members.exclude(child.childId, "uasc");
      else members.count(child.childId);
    } else if (history.episodes.some((e) => isShortBreak(e) && covers(e, context.asAt))) {
      members.exclude(child.childId, "short-break");
    }
  }
  return members;
}

export function measureChildrenInCare(context: IndicatorContext): Measurement {
  return missingTables(context, ["episodes"]) ?? childrenInCare(context).countOfChildren();
}
