import { EPISODE_CHAIN } from "../reads.js";
import { SHORT_BREAK } from "../../history/episodeColumns.js";
import { derivedValue } from "../../history/historyIndex.js";
import { ascendingOrder, lowerBound } from "../../numbers/search.js";
import { CohortMembers, uascExclusion } from "../common.js";
import { type IndicatorContext, defineIndicator } from "../types.js";
import { ColumnBuilder, float64Column, int32Column, uint8Column } from "../../numbers/typedColumns.js";

/**
 * Every stitched missing record of the cohort (one per CHILD + MISSING + MIS_START), sorted by
 * MIS_START, with its child's position and whether it is an A (away) record: the records in a
 * window are then a binary search over numbers, found once per history.
 */
interface MissingRecords {
  start: Float64Array;
  position: Int32Array;
  away: Uint8Array;
}

const MISSING_RECORDS = /* @__PURE__ */ derivedValue<MissingRecords, []>("missing records");

function missingRecords(context: IndicatorContext): MissingRecords {
  return context.history.lasting(MISSING_RECORDS, [], () => {
    const start = new ColumnBuilder(Float64Array);
    const position = new ColumnBuilder(Int32Array);
    const away = new ColumnBuilder(Uint8Array);
    context.cohort.children.forEach((child, i) => {
      const missing = child.missing;
      for (let k = 0; k < missing.length; k += 1) {
        const m = missing[k]!;
        start.push(m.start);
        position.push(i);
        away.push(m.kind === "A" ? 1 : 0);
      }
    });
    const starts = start.finish();
    const positions = position.finish();
    const awayFlags = away.finish();
    const order = ascendingOrder(starts);
    return {
      start: float64Column(order, (k) => starts[k]!),
      position: int32Column(order, (k) => positions[k]!),
      away: uint8Column(order, (k) => awayFlags[k]!),
    };
  });
}

/** Keyed by R too: a UASC child is left out by their status at R. */
const MISSING_IN_WINDOW = /* @__PURE__ */ derivedValue<{ members: CohortMembers; records: number }, [asAt: number, start: number, end: number]>("missing in window");

/**
 * Missing-from-care records counted in [W0, W1] (indicators.md §3.7), grouped by child: records
 * with MIS_START in the window and MISSING = M (`missingKinds: "M+A"` adds A), of children
 * looked after at some time in the window (`missingScope: "all"` drops that test). Computed
 * once per window and shared by missing-children and missing-episodes; the children are found
 * from the records in the window and read from the typed episode columns.
 */
export function missingInWindow(context: IndicatorContext): { members: CohortMembers; records: number } {
  const { start, end } = context.period;
  return context.history.shared(MISSING_IN_WINDOW, [context.asAt, start, end], () => {
    const withAway = context.options.missingKinds === "M+A";
    const members = new CohortMembers(context.history.ids);
    const isUasc = uascExclusion(context);
    const missing = missingRecords(context);
    // Records in the window, counted per child; the children then in cohort order.
    const counted = new Map<number, number>();
    for (let k = lowerBound(missing.start, start); k < missing.start.length && missing.start[k]! <= end; k += 1) {
      if (missing.away[k] === 1 && !withAway) continue;
      counted.set(missing.position[k]!, (counted.get(missing.position[k]!) ?? 0) + 1);
    }
    const positions = Int32Array.from(counted.keys()).sort();
    const { rows, columns } = context.history;
    // Looked after at some time in the window: a non-short-break episode overlapping it.
    const inCare = (id: number) => {
      for (let row = rows.first[id]!; row < rows.first[id]! + rows.count[id]!; row += 1) {
        if (!columns.is(row, SHORT_BREAK) && columns.overlaps(row, start, end)) return true;
      }
      return false;
    };
    const inCareOnly = context.options.missingScope === "in-care";
    let records = 0;
    for (const id of positions) {
      if (inCareOnly && !inCare(id)) members.exclude(id, "not-in-care-in-window");
      else if (isUasc(id)) members.exclude(id, "uasc");
      else {
        members.count(id);
        records += counted.get(id)!;
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
