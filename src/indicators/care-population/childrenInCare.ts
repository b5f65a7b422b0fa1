import { currentRowsAt, derivedValue, shortBreaksOf } from "../../history/historyIndex.js";
import { type CohortMembers, type ExcludedAt, membersOf, uascExclusion } from "../common.js";
import type { IndicatorContext, Measurement } from "../types.js";

/** CLA(R) as several indicators read it. */
export interface ChildrenInCare {
  /** The counted children's positions in the cohort, ascending. */
  positions: readonly number[];
  /** Their current episodes' rows in `history.columns` (same order): `periodStart`, `spellStart`, `placementType` … */
  rows: readonly number[];
  /** The children left out (short break, UASC), by position, in cohort order. */
  excluded: readonly ExcludedAt[];
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
    const positions: number[] = [];
    const rows: number[] = [];
    const excluded: ExcludedAt[] = [];
    const isUasc = uascExclusion(context);
    const shortBreaks = shortBreaksOf(history);
    for (let i = 0; i < current.length; i += 1) {
      const row = current[i]!;
      if (row !== -1) {
        if (isUasc(i)) excluded.push({ position: i, reason: "uasc" });
        else {
          positions.push(i);
          rows.push(row);
        }
      } else if (shortBreaks.at(i, asAt)) {
        excluded.push({ position: i, reason: "short-break" });
      }
    }
    return { positions, rows, excluded };
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
