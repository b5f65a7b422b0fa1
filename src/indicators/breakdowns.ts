import { ageAt, completedMonths } from "../dates/day.js";
import { currentRow, currentRowsAt, isUascOn } from "../history/historyIndex.js";
import { SortedIds } from "../model/childIds.js";
import type { ChildRecord, Episode } from "../model/cohort.js";
import type { IndicatorContext, Members } from "./types.js";

/**
 * Profile breakdowns (indicators.md §4). Keys are stable; labels are for display. Every
 * breakdown lists all its keys (zeros included) in a fixed order, so tables line up month on
 * month. For children not in care at R (leavers, care leavers) the episode-based breakdowns
 * use the key `not-in-care`.
 */
export const BREAKDOWNS = {
  "age-band": ["under-1", "1-4", "5-9", "10-15", "16-plus", "unknown"],
  gender: ["male", "female", "other-or-unknown"],
  ethnicity: ["white", "mixed", "asian", "black", "other", "not-stated"],
  "legal-status": ["interim-care-order", "care-order", "voluntary", "placement-order", "other"],
  placement: [
    "foster-in-house", "foster-agency", "foster-other", "foster-relative-friend", "with-parents", "independent-living",
    "residential-home", "residential-school", "placed-for-adoption", "secure", "other",
  ],
  "length-in-care": ["0-6-months", "7-12-months", "1-2-years", "3-5-years", "6-10-years", "11-15-years", "16-plus-years"],
  uasc: ["uasc", "not-uasc"],
} as const;
export type BreakdownName = keyof typeof BREAKDOWNS | "ethnicity-code";
export const BREAKDOWN_NAMES: readonly BreakdownName[] = [
  "age-band", "gender", "ethnicity", "ethnicity-code", "legal-status", "placement", "length-in-care", "uasc",
];

export const BREAKDOWN_LABELS: Record<string, string> = {
  "under-1": "Under 1", "1-4": "1 to 4", "5-9": "5 to 9", "10-15": "10 to 15", "16-plus": "16 and over", unknown: "Unknown",
  male: "Male", female: "Female", "other-or-unknown": "Other or unknown",
  white: "White", mixed: "Mixed", asian: "Asian or Asian British", black: "Black or Black British", other: "Other ethnic group", "not-stated": "Not stated",
  "interim-care-order": "Interim care order", "care-order": "Care order", voluntary: "Voluntary (s20)", "placement-order": "Placement order",
  "foster-in-house": "Foster carers – in house", "foster-agency": "Foster carers – agency", "foster-other": "Foster carers – unknown",
  "foster-relative-friend": "Foster carers – relative or friend", "with-parents": "Placed with parents", "independent-living": "Independent or semi-independent living",
  "residential-home": "Residential children's home", "residential-school": "Residential school", "placed-for-adoption": "Placed for adoption", secure: "Secure unit",
  "0-6-months": "0–6 months", "7-12-months": "7–12 months", "1-2-years": "1–2 years", "3-5-years": "3–5 years", "6-10-years": "6–10 years",
  "11-15-years": "11–15 years", "16-plus-years": "16 years or more", uasc: "UASC", "not-uasc": "Not UASC", "not-in-care": "Not in care at the date",
};

const ETHNIC_GROUP: Record<string, string> = {
  WBRI: "white", WIRI: "white", WOTH: "white", WIRT: "white", WROM: "white",
  MWBC: "mixed", MWBA: "mixed", MWAS: "mixed", MOTH: "mixed",
  AIND: "asian", APKN: "asian", ABAN: "asian", AOTH: "asian",
  BCRB: "black", BAFR: "black", BOTH: "black",
  CHNE: "other", OOTH: "other",
};

const LEGAL_GROUP: Record<string, string> = {
  C1: "interim-care-order", C2: "care-order", V2: "voluntary", E1: "placement-order", D1: "placement-order",
};

function placementGroup(place: string, provider: string | null): string {
  if (place === "U4" || place === "U5" || place === "U6") {
    if (provider === "PR1") return "foster-in-house";
    if (provider === "PR4" || provider === "PR5") return "foster-agency";
    return "foster-other";
  }
  if (place === "U1" || place === "U2" || place === "U3") return "foster-relative-friend";
  if (place === "P1") return "with-parents";
  if (place === "H5" || place === "K3" || place === "P2") return "independent-living";
  if (place === "K2" || place === "R1") return "residential-home";
  if (place === "S1") return "residential-school";
  if (place === "A3" || place === "A4" || place === "A5" || place === "A6") return "placed-for-adoption";
  if (place === "K1") return "secure";
  return "other";
}

function ageBand(child: ChildRecord, asAt: number): string {
  if (child.dateOfBirth === null) return "unknown";
  const age = ageAt(child.dateOfBirth, asAt as never);
  if (age < 1) return "under-1";
  if (age <= 4) return "1-4";
  if (age <= 9) return "5-9";
  if (age <= 15) return "10-15";
  return "16-plus";
}

function gender(sex: string | null): string {
  if (sex === "1" || sex === "M") return "male";
  if (sex === "2" || sex === "F") return "female";
  return "other-or-unknown";
}

function lengthInCare(start: number, asAt: number): string {
  const months = completedMonths(start as never, asAt as never);
  if (months <= 6) return "0-6-months";
  if (months <= 11) return "7-12-months";
  const years = Math.floor(months / 12);
  if (years <= 2) return "1-2-years";
  if (years <= 5) return "3-5-years";
  if (years <= 10) return "6-10-years";
  if (years <= 15) return "11-15-years";
  return "16-plus-years";
}

/** The child's key in one breakdown at R. */
export function breakdownKey(context: IndicatorContext, child: ChildRecord, breakdown: BreakdownName): string {
  if (!EPISODE_BREAKDOWNS.has(breakdown)) return keyAt(context.asAt, child, breakdown, null, 0);
  const history = context.history.of(child);
  const row = currentRow(history, context.asAt);
  return row === -1 ? NOT_IN_CARE : keyAt(context.asAt, child, breakdown, history.episodes[row - history.first]!, history.columns.periodStart[row]!);
}

/** The breakdowns read off the child's current episode at R: `not-in-care` without one. */
const EPISODE_BREAKDOWNS: ReadonlySet<BreakdownName> = new Set(["legal-status", "placement", "length-in-care"]);
const NOT_IN_CARE = "not-in-care";

/**
 * `breakdownKey`, given the child's current episode at R and its period's start (the current
 * episode null: not looked after at R), which only the episode breakdowns read.
 */
function keyAt(asAt: number, child: ChildRecord, breakdown: BreakdownName, current: Episode | null, periodStart: number): string {
  switch (breakdown) {
    case "age-band":
      return ageBand(child, asAt);
    case "gender":
      return gender(child.sex);
    case "ethnicity":
      return (child.ethnicity && ETHNIC_GROUP[child.ethnicity]) ?? "not-stated";
    case "ethnicity-code":
      return child.ethnicity ?? "not-stated";
    case "uasc":
      return isUascOn(child, asAt) ? "uasc" : "not-uasc";
    case "legal-status":
      return current === null ? NOT_IN_CARE : (LEGAL_GROUP[current.legalStatus] ?? "other");
    case "placement":
      return current === null ? NOT_IN_CARE : placementGroup(current.placementType, current.placementProvider);
    case "length-in-care":
      return current === null ? NOT_IN_CARE : lengthInCare(periodStart, asAt);
  }
}

/**
 * Counts of the given children by every breakdown: `{ "age-band": { "under-1": 3, … }, … }`.
 * Child by child: each is found in the cohort once (walking its ids, which `childIds` usually
 * follow in order) and its current episode worked out once for the three breakdowns that read it.
 */
export function profileBreakdowns(context: IndicatorContext, childIds: readonly string[]): Record<string, Record<string, number>> {
  const { asAt, history } = context;
  const children = context.cohort.children;
  const positionOf = positionsById(context);
  // Each child's current episode is its row in the snapshot at R, read without making its history.
  const current = currentRowsAt(history, asAt);
  const { periodStart } = history.columns;
  const counts = BREAKDOWN_NAMES.map((name) => {
    const listed: Record<string, number> = {};
    if (name !== "ethnicity-code") for (const key of BREAKDOWNS[name]) listed[key] = 0;
    return { listed, extra: {} as Record<string, number> };
  });
  // Indexed loops and no closure per child: this runs over every child in care at R.
  for (let c = 0; c < childIds.length; c += 1) {
    const position = positionOf(childIds[c]!);
    const child = children[position]!;
    const row = current[position]!;
    const episode = row === -1 ? null : history.episodeAt(position, row);
    const start = row === -1 ? 0 : periodStart[row]!;
    for (let k = 0; k < BREAKDOWN_NAMES.length; k += 1) {
      const key = keyAt(asAt, child, BREAKDOWN_NAMES[k]!, episode, start);
      const { listed, extra } = counts[k]!;
      if (key in listed) listed[key] = listed[key]! + 1;
      else extra[key] = (extra[key] ?? 0) + 1;
    }
  }
  const out: Record<string, Record<string, number>> = {};
  BREAKDOWN_NAMES.forEach((name, k) => {
    const { listed, extra } = counts[k]!;
    for (const key of Object.keys(extra).sort()) listed[key] = extra[key]!;
    out[name] = listed;
  });
  return out;
}

/**
 * Any indicator split by a breakdown ("3+ placements by age band"): numerator and
 * denominator members counted per key. Counts of review items split by their children.
 */
export function breakdownOfMembers(
  context: IndicatorContext,
  members: Members,
  breakdown: BreakdownName,
): Record<string, { numerator: number; denominator: number }> {
  const positionOf = positionsById(context);
  const out: Record<string, { numerator: number; denominator: number }> = {};
  const keys = breakdown === "ethnicity-code" ? [] : [...BREAKDOWNS[breakdown]];
  for (const key of keys) out[key] = { numerator: 0, denominator: 0 };
  const bump = (id: string, field: "numerator" | "denominator") => {
    const key = breakdownKey(context, context.cohort.children[positionOf(id)]!, breakdown);
    out[key] ??= { numerator: 0, denominator: 0 };
    out[key][field] += 1;
  };
  for (const id of members.numerator) bump(id, "numerator");
  for (const id of members.denominator) bump(id, "denominator");
  return out;
}

/**
 * A child's position in the cohort by id, found by walking the cohort's ids alongside lists in
 * id order (members are); a cohort built by hand may not be in id order, and then a search finds it.
 */
function positionsById(context: IndicatorContext): (id: string) => number {
  const ids = context.history.ids;
  const cursor = new SortedIds(ids).cursor();
  return (id) => {
    let position = cursor.positionOf(id);
    if (position < 0) position = ids.indexOf(id);
    if (position < 0) throw new Error(`child ${id} is not in the cohort`);
    return position;
  };
}
