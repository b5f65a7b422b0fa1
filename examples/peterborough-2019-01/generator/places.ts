import type { Placement } from "./episodes.js";
import type { Prng } from "./prng.js";

/** Profile-table placement categories (indicators.md §4) and the codes the generator uses for them. */
export type PlacementCategory = "IH" | "AG" | "REL" | "PAR" | "IND" | "RES" | "SCH" | "PFA" | "SEC" | "YOI";

const LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

function postcode(rng: Prng, area: string): string {
  return `${area}${rng.int(1, 9)} ${rng.int(1, 9)}${LETTERS[rng.int(0, LETTERS.length - 1)]}${LETTERS[rng.int(0, LETTERS.length - 1)]}`;
}

/** A fictitious Ofsted-style URN (SC + 6 digits) for homes and schools. */
function urn(rng: Prng): string {
  return `SC${rng.int(100000, 999999)}`;
}

export function homePostcode(rng: Prng): string {
  return postcode(rng, "PE");
}

const OUT_OF_AREA = ["PE", "PE", "CB", "NN", "LE", "NG"];

/**
 * A placement of the category. `longTerm` chooses the long-term foster codes (U1, U4) that make
 * a child "permanent" for visits; otherwise U3/U6 (U5 for fostering for adoption).
 */
export function placementOf(category: PlacementCategory, rng: Prng, options: { longTerm?: boolean; fosteringForAdoption?: boolean } = {}): Placement {
  const foster = options.fosteringForAdoption ? "U5" : options.longTerm ? "U4" : "U6";
  switch (category) {
    case "IH":
      return { place: foster, provider: "PR1", postcode: postcode(rng, "PE"), urn: null };
    case "AG":
      return { place: foster, provider: rng.next() < 0.85 ? "PR4" : "PR5", postcode: postcode(rng, rng.pick(OUT_OF_AREA)), urn: null };
    case "REL":
      return { place: options.longTerm ? "U1" : "U3", provider: "PR1", postcode: postcode(rng, "PE"), urn: null };
    case "PAR":
      return { place: "P1", provider: "PR0", postcode: postcode(rng, "PE"), urn: null };
    case "IND":
      return rng.next() < 0.8
        ? { place: "H5", provider: "PR4", postcode: postcode(rng, "PE"), urn: null }
        : { place: "P2", provider: "PR1", postcode: postcode(rng, "PE"), urn: null };
    case "RES":
      return { place: rng.next() < 0.85 ? "K2" : "R1", provider: rng.next() < 0.8 ? "PR4" : "PR1", postcode: postcode(rng, rng.pick(OUT_OF_AREA)), urn: urn(rng) };
    case "SCH":
      return { place: "S1", provider: "PR5", postcode: postcode(rng, rng.pick(OUT_OF_AREA)), urn: urn(rng) };
    case "PFA":
      return { place: "A6", provider: rng.next() < 0.7 ? "PR1" : "PR5", postcode: postcode(rng, rng.pick(OUT_OF_AREA)), urn: null };
    case "SEC":
      return { place: "K1", provider: "PR2", postcode: postcode(rng, rng.pick(OUT_OF_AREA)), urn: urn(rng) };
    case "YOI":
      return { place: "R5", provider: "PR3", postcode: postcode(rng, rng.pick(OUT_OF_AREA)), urn: null };
  }
}

/** An earlier placement for a child of this age: foster care, or a children's home for some teenagers. */
export function earlierPlacement(ageYears: number, rng: Prng): Placement {
  if (ageYears >= 12 && rng.next() < 0.3) return placementOf("RES", rng);
  return placementOf(rng.next() < 0.6 ? "IH" : "AG", rng);
}

export const PLACE_CHANGE_REASONS = ["CARPL", "CLOSE", "STAND", "CHILD", "LAREQ", "PLACE", "OTHER"] as const;
