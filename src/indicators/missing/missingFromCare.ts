import { EPISODE_CHAIN } from "../reads.js";
import { overlaps } from "../../history/episodeOrder.js";
import { type ChildHistory, derivedValue } from "../../history/historyIndex.js";
import type { MissingRecord } from "../../model/records.js";
import { CohortMembers, childrenWith, uascExclusion } from "../common.js";
import { type IndicatorContext, defineIndicator } from "../types.js";

const CHILDREN_WITH_MISSING = /* @__PURE__ */ derivedValue<readonly ChildHistory[], []>("children with missing records");

/** Keyed by R too: a UASC child is left out by their status at R. */
const MISSING_IN_WINDOW = /* @__PURE__ */ derivedValue<{ members: CohortMembers; records: number }, [asAt: number, start: number, end: number]>("missing in window");

/**
 * Missing-from-care records counted in [W0, W1] (indicators.md §3.7), grouped by child: records
 * with MIS_START in the window and MISSING = M (`missingKinds: "M+A"` adds A), of children
 * looked after at some time in the window (`missingScope: "all"` drops that test). Computed
 * once per window and shared by missing-children and missing-episodes.
 */
export function missingInWindow(context: IndicatorContext): { members: CohortMembers; records: number } {
  const { start, end } = context.period;
  return context.history.shared(MISSING_IN_WINDOW, [context.asAt, start, end], () => {
    const kinds = new Set<MissingRecord["kind"]>(context.options.missingKinds === "M+A" ? ["M", "A"] : ["M"]);
    const members = new CohortMembers(context.history.ids);
    const isUasc = uascExclusion(context);
    let records = 0;
    for (const history of childrenWith(context, CHILDREN_WITH_MISSING, (c) => c.missing.length > 0)) {
      const child = history.child;
      let counted = 0;
      for (const m of child.missing) if (kinds.has(m.kind) && m.start >= start && m.start <= end) counted += 1;
      if (counted === 0) continue;
      const id = history.position;
      const inCare = history.episodes.some((e, i) => !history.isShortBreak(i) && overlaps(e, start, end));
      if (context.options.missingScope === "in-care" && !inCare) members.exclude(id, "not-in-care-in-window");
      else if (isUasc(id)) members.exclude(id, "uasc");
      else {
        members.count(id);
        records += counted;
      }
    }
    return { members, records };
  });
}

const common = {
  unit: "count",
  polarity: "lower-is-better",
  theme: "missing",
  period: { kind: "window" },
  data: "missing: MISSING MIS_START; episodes",
  needs: ["missing", "episodes"],
  reads: { episodes: EPISODE_CHAIN, missing: ["CHILD", "MISSING", "MIS_START"] },
  switches: ["missingKinds", "missingScope", "excludeUasc", "staleOpenEpisodes"],
  defaultTarget: null,
} as const;

/**
 * @name missingChildren
 * @category Missing from care
 * @summary Children in care who went missing in the period.
 * @description DfE missing and away data (not former NI 71). Children with a missing.csv
 * record with MIS_START in [W0, W1] and MISSING = M (option `missingKinds`), looked after
 * (a non-short-break episode overlapping [W0, W1]) at some time in the window (option
 * `missingScope`). A count: empty input gives 0. Drill-down reasons: not-in-care-in-window, uasc.
 * @example
 * missingChildren.compute(context) //=> { numerator: 12, denominator: null, … }
 */
export const missingChildren = defineIndicator({
  ...common,
  id: "missing-children",
  narrative: { cohort: "children in care", verb: "went missing" },
  title: "Children in care who went missing",
  cohort: "Children looked after at some time in [W0, W1] with a missing record (MISSING = M) starting in the window.",
  numerator: "The count of those children (each once).",
  compute(context) {
    return missingInWindow(context).members.countOfChildren();
  },
});

/**
 * @name missingEpisodes
 * @category Missing from care
 * @summary Missing from care episodes in the period.
 * @description As missing-children, counting records (one per CHILD + MISSING + MIS_START)
 * rather than children. The drill-down lists the children the records belong to. Empty input
 * gives 0.
 * @example
 * missingEpisodes.compute(context) //=> { numerator: 31, denominator: null, … }
 */
export const missingEpisodes = defineIndicator({
  ...common,
  id: "missing-episodes",
  narrative: { cohort: "missing episodes", verb: "were recorded" },
  title: "Missing from care episodes",
  cohort: "Missing records (MISSING = M) starting in [W0, W1] of children looked after at some time in the window.",
  numerator: "The count of those records.",
  compute(context) {
    const result = missingInWindow(context);
    return { ...result.members.countOfChildren(), numerator: result.records };
  },
});
