import { type Day, dayFromYmd } from "../../src/dates/index.js";
import { otherPlacementCode, semiIndependentCode } from "./codes.js";
import type { Random } from "./random.js";

/** Where a child lives during an episode: the columns that decide placement spells (§1.8). */
export interface Placement {
  place: string;
  provider: string;
  postcode: string;
  urn: string;
}

const LETTERS = "ABCDEFGHJKLMNPRSTUWYZ";
const letter = (random: Random) => LETTERS[random.int(0, LETTERS.length - 1)]!;

/** A postcode-shaped text (`AB12 3CD`); never a real address. */
export function postcode(random: Random): string {
  const district = random.chance(0.5) ? String(random.int(1, 9)) : String(random.int(10, 29));
  return `${letter(random)}${letter(random)}${district} ${random.int(0, 9)}${letter(random)}${letter(random)}`;
}

const NO_URN = "XXXXXXX";

function urnFor(place: string, random: Random): string {
  if (place === "K1" || place === "K2" || place === "K3") return `SC${random.int(100000, 999999)}`;
  if (place === "R1" || place === "S1") return String(random.int(100000, 999999));
  return NO_URN;
}

function providerFor(place: string, random: Random): string {
  switch (place[0]) {
    case "U":
      return random.weighted([["PR1", 60], ["PR4", 30], ["PR5", 7], ["PR2", 3]]);
    case "A":
      return random.weighted([["PR1", 45], ["PR2", 15], ["PR5", 30], ["PR3", 10]]);
    case "P":
      return place === "P1" ? "PR0" : random.weighted([["PR1", 50], ["PR4", 50]]);
    case "K":
      return place === "K1" ? random.weighted([["PR1", 40], ["PR2", 40], ["PR4", 20]]) : random.weighted([["PR4", 75], ["PR1", 20], ["PR5", 5]]);
    case "R":
      return place === "R1" ? random.weighted([["PR4", 60], ["PR5", 20], ["PR3", 20]]) : "PR3";
    default:
      return random.weighted([["PR4", 70], ["PR1", 20], ["PR5", 10]]);
  }
}

export function placementOf(place: string, random: Random): Placement {
  return { place, provider: providerFor(place, random), postcode: postcode(random), urn: urnFor(place, random) };
}

// No new P2 placements close to its withdrawal on 28/10/2023.
const P2_LAST_NEW = dayFromYmd(2023, 8, 31);

/** A new carer for a child of `age` on `on`: foster care for most, more residential and semi-independent care with age. */
export function choosePlacement(random: Random, age: number, on: Day, uasc: boolean): Placement {
  let place: string;
  if (uasc) place = random.weighted([["U6", 45], ["SEMI", 45], ["K2", 10]]);
  else if (age < 1) place = random.weighted([["U6", 70], ["U3", 12], ["R3", 8], ["P1", 4], ["U5", 6]]);
  else if (age < 10) place = random.weighted([["U6", 68], ["U3", 20], ["P1", 5], ["K2", 5], ["R1", 1], ["S1", 1]]);
  else if (age < 16)
    place = random.weighted([["U6", 55], ["U3", 12], ["K2", 22], ["P1", 4], ["K1", 1], ["R1", 2], ["S1", 2], ["R2", 1], ["OTHER", 1]]);
  else
    place = random.weighted([
      ["U6", 30], ["U3", 8], ["SEMI", 40], ["K2", 14], ["P1", 4], ["P2", 2], ["OTHER", 1], ["P3", 0.5], ["R5", 0.5],
    ]);
  if (place === "SEMI") place = semiIndependentCode(on);
  else if (place === "OTHER") place = otherPlacementCode(on, random);
  else if (place === "P2" && on > P2_LAST_NEW) place = semiIndependentCode(on);
  return placementOf(place, random);
}

/** Temporary placements (T0–T4): 7 days or less, then back to the same carer. */
export function temporaryPlacement(random: Random, from: Placement): Placement {
  const place = random.weighted([["T4", 40], ["T1", 25], ["T3", 20], ["T2", 10], ["T0", 5]]);
  return { place, provider: from.provider, postcode: postcode(random), urn: NO_URN };
}

/** Long-term foster placement codes reached by a type change with the same carer (RNE T). */
export const LONG_TERM_OF: Readonly<Record<string, string>> = { U6: "U4", U3: "U1" };

export const isFoster = (place: string): boolean => place[0] === "U";
