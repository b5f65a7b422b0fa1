import type { RuleData } from "../defineRule.js";
import { codes, consecutiveEpisodes } from "./checks.js";

/*
 * 434, 435, 436: the reason for a new episode says what changed from the child's previous
 * episode (legal status, placement, or both); the placement is PLACE, PL_POST, URN and
 * PLACE_PROVIDER together.
 */
const PLACEMENT_COLUMNS = ["PLACE", "PL_POST", "URN", "PLACE_PROVIDER"] as const;

type Same = (a: string | null | undefined, b: string | null | undefined) => boolean;

/**
 * Episodes whose RNE is one of `reasons` and for which `contradicts(sameStatus, samePlacement)`
 * holds against the child's previous episode, LS compared with `sameStatus` and each placement
 * item with `samePlacement` (the DfE's tool treats blanks differently in each rule).
 */
export function newEpisodesWhere(
  data: RuleData,
  reasons: readonly string[],
  compare: { status: Same; placement: Same },
  contradicts: (sameStatus: boolean, samePlacement: boolean) => boolean,
): number[] {
  const episodes = data.table("episodes");
  const rne = episodes.column("RNE");
  const ls = episodes.column("LS");
  const placement = PLACEMENT_COLUMNS.map((column) => episodes.column(column));
  const wanted = codes(...reasons);
  return consecutiveEpisodes(episodes)
    .filter(([before, row]) => {
      if (!wanted.has(rne[row] ?? "")) return false;
      const samePlacement = placement.every((column) => compare.placement(column[row], column[before]));
      return contradicts(compare.status(ls[row], ls[before]), samePlacement);
    })
    .map(([, row]) => row);
}
