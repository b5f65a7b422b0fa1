import { currentRowsAt, derivedValue, shortBreaksOf } from "../../history/historyIndex.js";
import { type CohortMembers, Exclusions, membersOf, uascExclusion } from "../common.js";
import type { IndicatorContext, Measurement } from "../types.js";

/** CLA(R) as several indicators read it. */
export interface ChildrenInCare {
  /** The counted children's positions in the cohort, ascending. */
  positions: readonly number[];
  /** Their current episodes' rows in `history.columns` (same order): `periodStart`, `spellStart`, `placementType` … */
  rows: readonly number[];
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
    // Sized once for every child with a current row, and cut to those counted (a national return has hundreds of thousands).
    let covered = 0;
    for (let i = 0; i < current.length; i += 1) if (current[i] !== -1) covered += 1;
    const positions = new Array<number>(covered);
    const rows = new Array<number>(covered);
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
    positions.length = counted;
    rows.length = counted;
    return { positions, rows, excluded };
  });
}

/** The children left out of CLA(R) (`childrenInCare`), each listed in `members` too. */
export function excludeFromCare(members: CohortMembers, inCare: ChildrenInCare): void {
  const { positions, reasons } = inCare.excluded;
  for (let k = 0; k < positions.length; k += 1) members.exclude(positions[k]!, reasons[k]!);
}

export function measureChildrenInCare(context: IndicatorContext): Measurement {
  const inCare = childrenInCare(context);
  return { kind: "measured", numerator: inCare.positions.length, denominator: null, members: membersOf(context.history.ids, inCare.positions, [], inCare.excluded) };
}
