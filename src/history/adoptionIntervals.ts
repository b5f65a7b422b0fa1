import { ukFromDay } from "../dates/day.js";
import { DEFAULT_OPTIONS } from "../model/options.js";
import { isShortBreak } from "./episodeOrder.js";
import { buildChildHistory } from "./historyIndex.js";
import type { Cohort } from "../model/cohort.js";
import { type DataIssue, foldWarnings } from "../model/issue.js";

const ADOPTED = new Set(["E11", "E12"]);
const PLACEMENT_ORDER = new Set(["E1", "D1"]);

/**
 * `negative-interval` warnings (data.md §7): an adopted child whose AD1 match (DATE_MATCH) is
 * before the placement order (the first E1/D1 episode of the adoption's period of care), so
 * A2 counts the interval as 0 days. A1 and A10 cannot go below 0 (their start is the period's
 * start), so only A2 is checked. Checked once per adoption, whatever the as-at date; repeats
 * in one file are folded by the one rule (`foldWarnings`, data.md §3). `matchReaders`:
 * the indicators reading DATE_MATCH, which the warning names (`loadReturn903` passes those the
 * indicators declare).
 */
export function adoptionIntervalIssues(cohort: Cohort, matchReaders: readonly string[] = []): DataIssue[] {
  const issues: DataIssue[] = [];
  cohort.children.forEach((child, position) => {
    const ad1 = child.ad1;
    if (ad1 === null) return;
    const episodes = cohort.episodes.of(position, child.childId);
    if (!episodes.some((e) => ADOPTED.has(e.endReason ?? ""))) return;
    for (const period of buildChildHistory(child, episodes, DEFAULT_OPTIONS).periods) {
      const adopted = period.episodes.some((e) => e.end !== null && ADOPTED.has(e.endReason ?? "") && !isShortBreak(e));
      const order = period.episodes.find((e) => PLACEMENT_ORDER.has(e.legalStatus));
      if (!adopted || order === undefined || ad1.matchDate >= order.start) continue;
      issues.push({
        code: "negative-interval",
        severity: "warning",
        file: ad1.file,
        line: ad1.line,
        column: "DATE_MATCH",
        message: `DATE_MATCH ${ukFromDay(ad1.matchDate)} is before the placement order of ${ukFromDay(order.start)}: A2 counts 0 days`,
        indicators: [...matchReaders],
        count: 1,
        child: child.childId,
      });
    }
  });
  return foldWarnings(issues);
}
