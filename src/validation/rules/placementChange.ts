import type { RuleData } from "../defineRule.js";
import { codes, consecutiveEpisodes } from "./checks.js";

/*
 * 434, 435, 436: the reason for a new episode says what changed from the child's previous
 * episode (legal status, placement, or both); the placement is PLACE, PL_POST, URN and
 * PLACE_PROVIDER together.
 */
export const PLACEMENT_COLUMNS = ["PLACE", "PL_POST", "URN", "PLACE_PROVIDER"] as const;

/** Episodes whose RNE is one of `reasons` and for which `contradicts(previous, row)` holds. */
export function newEpisodesWhere(data: RuleData, reasons: readonly string[], contradicts: (previous: number, row: number) => boolean): number[] {
  const episodes = data.table("episodes");
  const rne = episodes.column("RNE");
  const wanted = codes(...reasons);
  return consecutiveEpisodes(episodes)
    .filter(([before, row]) => wanted.has(rne[row] ?? "") && contradicts(before, row))
    .map(([, row]) => row);
}
