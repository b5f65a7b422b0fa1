import { isShortBreak } from "../../history/episodeOrder.js";
import type { Episode } from "../../model/cohort.js";
import { MembersBuilder, isExcludedAsUasc, missingTables } from "../common.js";
import type { IndicatorContext, Measurement } from "../types.js";

/**
 * Starts (§3.1): children with an episode whose RNE is S, DECOM in [W0, W1] and LS not V3/V4.
 * A child who starts twice counts once. A period that begins with a short break is not a start.
 */
export function measureStarts(context: IndicatorContext): Measurement {
  const missing = missingTables(context, ["episodes"]);
  if (missing) return missing;
  const { start, end } = context.period;
  const members = new MembersBuilder();
  for (const child of context.cohort.children) {
    const starts = context.history.of(child).episodes.filter(
      (e) => e.reasonForNewEpisode === "S" && e.start >= start && e.start <= end,
    );
    if (starts.length === 0) continue;
    if (!starts.some((e) => !isShortBreak(e))) members.exclude(child.childId, "short-break");
    else if (isExcludedAsUasc(context, child)) members.exclude(child.childId, "uasc");
    else members.count(child.childId);
  }
  return members.countOfChildren();
}

/** An end of care (§3.1): DEC in the window, REC not X1 (blank counts), LS not V3/V4. */
export function endsOfCare(episodes: readonly Episode[], start: number, end: number): Episode[] {
  return episodes.filter(
    (e) => e.end !== null && e.end >= start && e.end <= end && e.endReason !== "X1" && !isShortBreak(e),
  );
}

/** The child's last end in the window: latest DEC, ties read last. It gives the reason. */
export function lastEndOfCare(ends: readonly Episode[]): Episode | null {
  let last: Episode | null = null;
  for (const e of ends) if (last === null || e.end! > last.end! || (e.end === last.end && e.readOrder > last.readOrder)) last = e;
  return last;
}

/** Ends (§3.1): children with at least one end of care in [W0, W1]. */
export function measureEnds(context: IndicatorContext): Measurement {
  const missing = missingTables(context, ["episodes"]);
  if (missing) return missing;
  const { start, end } = context.period;
  const members = new MembersBuilder();
  for (const child of context.cohort.children) {
    const episodes = context.history.of(child).episodes;
    if (endsOfCare(episodes, start, end).length > 0) {
      if (isExcludedAsUasc(context, child)) members.exclude(child.childId, "uasc");
      else members.count(child.childId);
    } else if (episodes.some((e) => e.end !== null && e.end >= start && e.end <= end && e.endReason !== "X1" && isShortBreak(e))) {
      members.exclude(child.childId, "short-break");
    }
  }
  return members.countOfChildren();
}
