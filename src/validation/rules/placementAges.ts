import { addDays } from "../../dates/day.js";
import type { RuleData } from "../defineRule.js";
import { birthday } from "./ages.js";
import { pairedByChild } from "./checks.js";

/*
 * Placements a child must be old enough for, and temporary placements with a longest stay. As the
 * DfE's tool reads them, both check only episodes that have ended (a real DEC) of a child the
 * header lists with a real DOB (docs/validation.md).
 */

/** Ended `place` episodes that began before the child's `years`th birthday. */
export function placedTooYoung(place: string, years: number) {
  return (data: RuleData) => {
    const [episodes, header] = [data.table("episodes"), data.table("header")];
    const [placement, decom, dec] = [episodes.column("PLACE"), episodes.dates("DECOM"), episodes.dates("DEC")];
    const dob = header.dates("DOB");
    return {
      episodes: pairedByChild(episodes, header, (e, h) => placement[e] === place && decom[e] !== null && dec[e] !== null && dob[h] !== null && decom[e]! < birthday(dob[h]!, years)).left,
    };
  };
}

/** Ended `place` episodes longer than `days` days. */
export function stayedTooLong(place: string, days: number) {
  return (data: RuleData) => {
    const [episodes, header] = [data.table("episodes"), data.table("header")];
    const [placement, decom, dec] = [episodes.column("PLACE"), episodes.dates("DECOM"), episodes.dates("DEC")];
    const dob = header.dates("DOB");
    return {
      episodes: pairedByChild(episodes, header, (e, h) => placement[e] === place && decom[e] !== null && dec[e] !== null && dob[h] !== null && dec[e]! > addDays(decom[e]!, days)).left,
    };
  };
}
