import { currentRowsAt, derivedValue, shortBreaksOf } from "../../history/historyIndex.js";
import { type CohortMembers, Exclusions, membersOf, uascExclusion } from "../common.js";
import type { IndicatorContext, Measurement } from "../types.js";

/** CLA(R) as several indicators read it. */
export interface ChildrenInCare {
  /** The counted children's positions in the cohort, ascending. */
  positions: Int32Array;
  /** Their current episodes' rows in `history.columns` (same order): `periodStart`, `spellStart`, `placementType` … */
  rows: Int32Array;
  /** The children left out (short break, UASC), by position, in cohort order. */
  excluded: Exclusions;
}

const CHILDREN_IN_CARE = /* @__PURE__ */ derivedValue<ChildrenInCare, [asAt: number]>("children in care");

/**
 * CLA(R): children with a non-short-break episode covering R (indicators.md §1.9). Children
 * covered at R only by a short break are listed as excluded (`short-break`), as are UASC
 * children when `excludeUasc` is on (`uasc`). Computed once per R and shared, from the typed
 * snapshot (`currentRowsAt`): no child's history is visited.
 */
export function childrenInCare(context: IndicatorContext): ChildrenInCare {
  const { history, asAt } = context;
  return history.shared(CHILDREN_IN_CARE, [asAt], () => {
    const current = currentRowsAt(history, asAt);
    // Sized once for every child with a current row, and cut to those counted (a national return
    // has hundreds of thousands): typed, so a minor collection frees them once the run lets them go (see IntList).
    let covered = 0;
    for (let i = 0; i < current.length; i += 1) if (current[i] !== -1) covered += 1;
    const positions = new Int32Array(covered);
    const rows = new Int32Array(covered);
    let counted = 0;
    const excluded = new Exclusions();
    const isUasc = uascExclusion(context);
    const shortBreaks = shortBreaksOf(history);
    for (let i = 0; i < current.length; i += 1) {
      const row = current[i]!;
      if (row !== -1) {
        if (isUasc(i)) excluded.add(i, "uasc");
        else {
          positions[counted] = i;
          rows[counted] = row;
          counted += 1;
        }
      } else if (shortBreaks.at(i, asAt)) {
        excluded.add(i, "short-break");
      }
    }
    return { positions: positions.subarray(0, counted), rows: rows.subarray(0, counted), excluded };
  });
}

/** The children left out of CLA(R) (`childrenInCare`), each listed in `members` too. */
export function excludeFromCare(members: CohortMembers, inCare: ChildrenInCare): void {
  members.excludeAll(inCare.excluded);
}

export function measureChildrenInCare(context: IndicatorContext): Measurement {
  const inCare = childrenInCare(context);
  return { kind: "measured", numerator: inCare.positions.length, denominator: null, members: membersOf(context.history.ids, inCare.positions, [], inCare.excluded) };
}
