import { type Day, dayFromYmd } from "../../src/dates/index.js";
import type { Random } from "./random.js";

/**
 * The generator's own knowledge of which 903 codes a return of a given date may carry
 * (data.md §5). Codes are chosen by the date they are recorded on, and placements whose code
 * is withdrawn are ended on the code's last valid day (see `PLACEMENT_EXPIRY`).
 */

const APRIL_2018 = dayFromYmd(2018, 4, 1);
const APRIL_2024 = dayFromYmd(2024, 4, 1);
const APRIL_2025 = dayFromYmd(2025, 4, 1);

/** Last day a placement code may still be open, and what replaces it that day. */
export const PLACEMENT_EXPIRY: Readonly<Record<string, { last: Day; next: string; sameCarer: boolean }>> = {
  // P2 not after 28/10/2023 (unregulated independent living for under-16s ended).
  P2: { last: dayFromYmd(2023, 10, 28), next: "H5", sameCarer: true },
  // H5 and Z1 are valid to 2024-25 only: end on 31/03/2025 so no 2025-26 return holds them.
  H5: { last: dayFromYmd(2025, 3, 31), next: "K3", sameCarer: true },
  Z1: { last: dayFromYmd(2025, 3, 31), next: "K2", sameCarer: false },
};

/** Semi-independent or supported accommodation as it was coded on `on`. */
export function semiIndependentCode(on: Day): string {
  return on < APRIL_2024 ? "H5" : "K3";
}

export function otherPlacementCode(on: Day, random: Random): string {
  return on < APRIL_2025 ? "Z1" : random.pick(["Z11", "Z12", "Z13", "Z14"]);
}

/** SGO end reasons changed in 2018-19 (E43/E44 → E45–E48). */
export function specialGuardianshipReason(on: Day, random: Random): string {
  return on < APRIL_2018 ? random.pick(["E43", "E44"]) : random.weighted([["E45", 6], ["E46", 1], ["E47", 3], ["E48", 1]]);
}

export function reasonForPlacementChange(on: Day, random: Random): string {
  const reason = random.weighted([
    ["CARPL", 30], ["CLOSE", 4], ["ALLEG", 2], ["STAND", 8], ["APPRR", 3], ["CREQB", 10], ["CREQO", 6],
    ["CHILD", 8], ["LAREQ", 10], ["PLACE", 6], ["OTHER", 10], ["CUSTOD", 1],
  ]);
  return reason === "CUSTOD" && on < APRIL_2018 ? "OTHER" : reason;
}

export const CATEGORY_OF_NEED: readonly (readonly [string, number])[] = [
  ["N1", 65], ["N2", 3], ["N3", 3], ["N4", 14], ["N5", 3], ["N6", 1], ["N7", 1], ["N8", 10],
];

export const ETHNICITY: readonly (readonly [string, number])[] = [
  ["WBRI", 70], ["WIRI", 1], ["WOTH", 5], ["WIRT", 0.3], ["WROM", 0.7], ["MWBC", 3], ["MWBA", 1], ["MWAS", 1],
  ["MOTH", 4], ["AIND", 0.5], ["APKN", 1], ["ABAN", 0.3], ["AOTH", 2], ["BCRB", 1], ["BAFR", 2.5],
  ["BOTH", 1], ["CHNE", 0.1], ["OOTH", 4], ["REFU", 0.3], ["NOBT", 1.3],
];

/** SEX was 1/2 to 2023-24 and M/F/U from 2024-25. */
export function sexCode(male: boolean, endYear: number): string {
  if (endYear <= 2024) return male ? "1" : "2";
  return male ? "M" : "F";
}

/** OC3 activity: F3/P3 to 2020-21; F4/P4/F5/P5 from 2021-22. */
export function activityCode(endYear: number, random: Random): string {
  const kind = random.weighted([["he", 7], ["education", 20], ["work", 25], ["G4", 10], ["G5", 25], ["G6", 5], ["0", 8]]);
  const fullTime = random.chance(0.7);
  const f = fullTime ? "F" : "P";
  switch (kind) {
    case "he":
      return `${f}1`;
    case "education":
      return `${f}2`;
    case "work":
      return endYear <= 2021 ? `${f}3` : `${f}${random.chance(0.3) ? 4 : 5}`;
    default:
      return kind;
  }
}

const ACCOMMODATION_LETTERS = ["B", "C", "D", "E", "G", "H", "K", "R", "S", "T", "U", "V", "W", "X", "Y", "Z"] as const;

export function accommodationCode(random: Random): string {
  const suitability = random.weighted([["1", 85], ["2", 7], ["0", 8]]);
  return suitability === "0" ? "0" : `${random.pick(ACCOMMODATION_LETTERS)}${suitability}`;
}
