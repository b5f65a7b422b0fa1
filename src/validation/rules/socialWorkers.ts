import { dayFromYmd } from "../../dates/day.js";
import type { RuleTable } from "../ruleTable.js";
import { rowsByChildInOrder } from "./checks.js";

/*
 * The social-worker episode rules (SW…, from 2023-24). Episodes are ordered by SW_DECOM, a start
 * that is not a DD/MM/YYYY date last, as the DfE's tool sorts them.
 */

/** The day from which a social-worker change must give its reason (the first year of the table). */
export const REASONS_REQUIRED_FROM = dayFromYmd(2023, 4, 1);

/** Each child's social-worker episodes, earliest SW_DECOM first. */
export const swEpisodesInOrder = (sw: RuleTable): (readonly number[])[] => rowsByChildInOrder(sw, ["SW_DECOM", "SW_DEC"]);

/** Each pair of a child's consecutive social-worker episodes, as [previous, current] rows. */
export function consecutiveSwEpisodes(sw: RuleTable): (readonly [number, number])[] {
  return swEpisodesInOrder(sw).flatMap((rows) => rows.slice(1).map((row, k) => [rows[k]!, row] as const));
}

/** Rows other than each child's latest episode (the last in order) whose SW_DEC is blank or not a date. */
export function openBeforeTheLatest(sw: RuleTable, startGiven: boolean): number[] {
  const decom = sw.dates("SW_DECOM");
  const dec = sw.dates("SW_DEC");
  return swEpisodesInOrder(sw).flatMap((rows) => rows.slice(0, -1).filter((row) => dec[row] === null && (!startGiven || decom[row] !== null)));
}
