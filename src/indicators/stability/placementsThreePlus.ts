import { EPISODE_CHAIN, PLACEMENT, PLACEMENT_SITE } from "../reads.js";
import { lookbackStart } from "../../dates/periods.js";
import { type EpisodeColumns, SHORT_BREAK } from "../../history/episodeColumns.js";
import { derivedValue } from "../../history/historyIndex.js";
import { ascending, isSorted } from "../../numbers/search.js";
import { childrenInCare } from "../care-population/childrenInCare.js";
import { membersOf } from "../common.js";
import { type IndicatorContext, defineIndicator } from "../types.js";

/**
 * Every child's placement spells as rows to test against a lookback (§3.2): for each spell, in
 * the order of `history.spells`, the episodes that can make it count (short breaks only when
 * `shortBreakPlacements` counts them), each as the days it touches. A child's rows are
 * `rowsFrom[i]` to `rowsFrom[i + 1]` (i its position in the cohort), grouped by spell, so
 * counting spells that touch a lookback reads a few numbers per child, not its objects, at
 * every as-at date.
 */
interface SpellRows {
  rowsFrom: Int32Array;
  /** The spell's ordinal among the child's spells. */
  spell: Int32Array;
  start: Float64Array;
  /** DEC (a DEC day touches the lookback), Infinity when open. */
  end: Float64Array;
}

const SPELL_ROWS = /* @__PURE__ */ derivedValue<SpellRows, [countShortBreaks: string]>("placement spell rows");

function spellRows(context: IndicatorContext, countShortBreaks: boolean): SpellRows {
  return context.history.lasting(SPELL_ROWS, [String(countShortBreaks)], () => {
    const { rows, columns } = context.history;
    const children = rows.first.length;
    const rowsFrom = new Int32Array(children + 1);
    // At most every row is kept: the columns are sized once and cut to what is.
    let total = 0;
    for (let i = 0; i < children; i += 1) total += rows.count[i]!;
    const spell = new Int32Array(total);
    const start = new Float64Array(total);
    const end = new Float64Array(total);
    let kept = 0;
    const keep = (row: number) => {
      if (!countShortBreaks && columns.is(row, SHORT_BREAK)) return;
      spell[kept] = columns.spell[row]!;
      start[kept] = columns.start[row]!;
      end[kept] = columns.dec(row);
      kept += 1;
    };
    for (let i = 0; i < children; i += 1) {
      rowsFrom[i] = kept;
      const first = rows.first[i]!;
      const count = rows.count[i]!;
      // Rows come in chain order, so they are already grouped by spell unless two periods of care overlap (bad data).
      if (isSorted(columns.spell, ascending, false, first, first + count)) for (let row = first; row < first + count; row += 1) keep(row);
      else rowsBySpell(columns, first, count).forEach(keep);
    }
    rowsFrom[children] = kept;
    return kept === total ? { rowsFrom, spell, start, end } : { rowsFrom, spell: spell.slice(0, kept), start: start.slice(0, kept), end: end.slice(0, kept) };
  });
}

/** A child's rows [first, first + count) grouped by spell, in the spells' order and each in chain order. */
function rowsBySpell(columns: EpisodeColumns, first: number, count: number): readonly number[] {
  const rows = new Array<number>(count);
  for (let k = 0; k < count; k += 1) rows[k] = first + k;
  return rows.sort((a, b) => columns.spell[a]! - columns.spell[b]! || a - b);
}

/** At least `enough` spells of the child at `position` touch [from, to] (`overlaps`, across all periods of care). */
function hasSpellsInLookback({ rowsFrom, spell, start, end }: SpellRows, position: number, from: number, to: number, enough: number): boolean {
  let count = 0;
  let counted = -1;
  for (let row = rowsFrom[position]!; row < rowsFrom[position + 1]!; row += 1) {
    if (spell[row] !== counted && start[row]! <= to && end[row]! >= from) {
      counted = spell[row]!;
      count += 1;
      if (count >= enough) return true;
    }
  }
  return false;
}

/**
 * @name placementsThreePlus
 * @category Placement stability
 * @summary Children in care at R with three or more placements in the 12 months to R.
 * @description Former NI 62. Denominator CLA(R), with no minimum time in care. Numerator:
 * children with ≥ 3 placement spells (§1.8) overlapping [ws(R, 12), R], across all their
 * periods; the spell open at the start of the lookback counts as one. A spell counts only
 * when one of its non-short-break episodes overlaps the lookback. The lookback is 12 months
 * whatever `--period` is. Empty cohort: not computable.
 * @example
 * placementsThreePlus.compute(context) //=> { numerator: 22, denominator: 380, … }
 */
export const placementsThreePlus = defineIndicator({
  id: "placements-3plus",
  narrative: { cohort: "children in care", verb: "had three or more placements in the last 12 months" },
  title: "Children in care with three or more placements in the last 12 months",
  unit: "percent",
  polarity: "lower-is-better",
  theme: "stability",
  period: { kind: "snapshot", lookback: "12 months" },
  cohort: "CLA(R): children in care at R (short breaks out), any time in care.",
  numerator: "Those with at least 3 placement spells overlapping [ws(R, 12), R], across all periods of care.",
  data: "episodes: all chain and spell columns (DECOM DEC RNE LS PLACE PLACE_PROVIDER PL_POST URN REC)",
  needs: ["episodes"],
  reads: { episodes: [...EPISODE_CHAIN, ...PLACEMENT, ...PLACEMENT_SITE] },
  switches: ["placementCounting", "collapseUnchangedMoves", "shortBreakPlacements", "excludeUasc", "staleOpenEpisodes"],
  defaultTarget: null,
  compute(context) {
    const inCare = childrenInCare(context);
    const from = lookbackStart(context.asAt, 12);
    const rows = spellRows(context, context.options.shortBreakPlacements === "count");
    const moved = inCare.positions.filter((position) => hasSpellsInLookback(rows, position, from, context.asAt, 3));
    return { kind: "measured", numerator: moved.length, denominator: inCare.positions.length, members: membersOf(context.history.ids, moved, inCare.positions, inCare.excluded) };
  },
});
