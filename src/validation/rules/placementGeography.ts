import { type DataView, type PostcodeFacts, type RuleData, dataView } from "../defineRule.js";

/**
 * The three items the DfE derives for each episode from its postcodes rather than reading them
 * from the return (docs/validation.md, "Reference data"), computed as the DfE's tool does:
 *
 * - `la` (PL_LA): the upper-tier council of the placement postcode, `SCO`, `WAL` or `NIR`
 *   outside England; null when the postcode is blank, not in the directory, or in no council;
 * - `location` (PL_LOCATION): `IN` when that council is the returning one, else `OUT`; null
 *   when the postcode is blank or not in the directory;
 * - `distance` (PL_DISTANCE): miles between the home and placement postcodes, the straight line
 *   between their grid references / 1000 / 1.6093, to one decimal place; null unless both are
 *   in the directory with a grid reference.
 */
export interface PlacementGeography {
  /** The directory's facts for the home and placement postcodes (null: blank or not found). */
  home: readonly (PostcodeFacts | null)[];
  placed: readonly (PostcodeFacts | null)[];
  la: readonly (string | null)[];
  location: readonly ("IN" | "OUT" | null)[];
  distance: readonly (number | null)[];
}

/** This year's (`episodes`) or last year's (`episodes_last`) episodes' derived geography. */
export function placementGeography(data: RuleData, key: "episodes" | "episodes_last"): PlacementGeography {
  return data.derived(key === "episodes" ? THIS_YEAR : LAST_YEAR);
}

const withoutSpaces = (text: string): string => (text.includes(" ") ? text.replaceAll(" ", "") : text);

/** A postcode as the directory keys it: upper case, no spaces. */
export const postcodeKey = (postcode: string): string => withoutSpaces(postcode).toUpperCase();

/**
 * The directory's facts for a postcode as a rule column gives it (upper-cased already, so only
 * the spaces go), or null when blank or not found.
 */
export function lookUpPostcode(data: RuleData, postcode: string | null): PostcodeFacts | null {
  return postcode === null ? null : (data.referenceData.postcodes?.get(withoutSpaces(postcode)) ?? null);
}

function geographyOf(key: "episodes" | "episodes_last"): DataView<PlacementGeography> {
  return dataView((data) => {
    const episodes = data.table(key);
    const [home, placement] = [episodes.column("HOME_POST"), episodes.column("PL_POST")];
    const ours = data.referenceData.localAuthority ?? null;
    const [homes, placements] = [lookUpColumn(data, home), lookUpColumn(data, placement)];
    return Object.freeze({
      home: homes,
      placed: placements,
      la: placements.map((placed) => placed?.la ?? null),
      location: placements.map((placed) => (placed === null ? null : placed.la !== null && placed.la === ours ? "IN" : "OUT")),
      distance: placements.map((placed, row) => milesBetween(homes[row] ?? null, placed)),
    });
  });
}

/**
 * Each row's directory facts. A child's rows mostly repeat the row before's postcode, and a
 * text compare is far cheaper than a lookup in a directory of a million postcodes.
 */
function lookUpColumn(data: RuleData, postcodes: readonly (string | null)[]): (PostcodeFacts | null)[] {
  const facts: (PostcodeFacts | null)[] = [];
  let [before, found]: [string | null, PostcodeFacts | null] = [null, null];
  for (const postcode of postcodes) {
    if (postcode !== before) [before, found] = [postcode, lookUpPostcode(data, postcode)];
    facts.push(found);
  }
  return facts;
}

const THIS_YEAR = /* @__PURE__ */ geographyOf("episodes");
const LAST_YEAR = /* @__PURE__ */ geographyOf("episodes_last");

/** The DfE's placement distance in miles, to one decimal place (rounded as the DfE's tool rounds: half to even). */
export function milesBetween(home: PostcodeFacts | null, placed: PostcodeFacts | null): number | null {
  if (home === null || placed === null || home.easting === null || home.northing === null || placed.easting === null || placed.northing === null) return null;
  const [east, north] = [home.easting - placed.easting, home.northing - placed.northing];
  // The guidance's formula, term for term (Math.hypot may differ in the last bit, and so round differently).
  const miles = Math.sqrt(east * east + north * north) / 1000 / 1.6093;
  return roundHalfEven(miles * 10) / 10;
}

/** numpy's `rint`: the nearest integer, halves to the even one. */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction !== 0.5) return Math.round(x);
  return floor % 2 === 0 ? floor : floor + 1;
}
