import { type Day, addYears, ageAt, collectionYearEndOf } from "../../../src/dates/index.js";
import { type PeriodPlan, type SpellPlan, toEpisodes } from "./episodes.js";
import { AS_AT, DATA_START, type SynthChild, day, newChild } from "./model.js";
import { type PlacementCategory, PLACE_CHANGE_REASONS, earlierPlacement, homePostcode, placementOf } from "./places.js";
import type { Prng } from "./prng.js";

const between = (rng: Prng, low: Day, high: Day): Day => rng.int(low, Math.max(low, high)) as Day;

export interface LeaverSpec {
  dob: Day;
  start: Day;
  end: Day;
  rec: string;
  /** Number of moves inside the period (0–2). */
  moves: number;
  last?: PlacementCategory;
  archetype: string;
  uasc?: boolean;
  /** Legal status throughout (remand, J1); default V2 or C1 → C2. */
  ls?: string;
}

/**
 * A child whose only period of care ended before R (or on a January 2019 date). Changes to a
 * period that began before 01/04/2016 are dated after it, so its first episode is in the data.
 */
export function buildLeaver(spec: LeaverSpec, rng: Prng): SynthChild {
  const { dob, start, end } = spec;
  const low = Math.max(day(start, 10), day(DATA_START, 1)) as Day;
  const high = day(end, -5);
  const moves: Day[] = [];
  if (high > low + 20) {
    const step = Math.floor((high - low) / spec.moves || 1);
    for (let i = 0; i < spec.moves; i += 1) moves.push(between(rng, (low + i * step + 1) as Day, (low + (i + 1) * step - 1) as Day));
  }
  const ageAtEnd = ageAt(dob, end);
  const lastCategory = spec.last ?? (ageAtEnd >= 16 && rng.next() < 0.4 ? "IND" : rng.next() < 0.6 ? "IH" : "AG");
  const sixteenth = addYears(dob, 16);
  const spells: SpellPlan[] = [start, ...moves].map((date, i, all) => {
    const isLast = i === all.length - 1;
    const category = isLast && (lastCategory !== "IND" || date >= sixteenth) ? lastCategory : null;
    const placement = category ? placementOf(category, rng) : earlierPlacement(ageAt(dob, date), rng);
    return { ...placement, start: date, reasonPlaceChange: i === 0 ? undefined : rng.pick(PLACE_CHANGE_REASONS) };
  });
  const legal: { date: Day; ls: string }[] = [];
  const voluntary = spec.uasc || ageAt(dob, start) >= 14 || rng.next() < 0.35;
  if (spec.ls) {
    legal.push({ date: start, ls: spec.ls });
  } else if (start < DATA_START) {
    legal.push({ date: start, ls: voluntary ? "V2" : "C2" });
  } else {
    legal.push({ date: start, ls: voluntary ? "V2" : "C1" });
    if (!voluntary && end - start > 300) {
      let date = between(rng, day(start, 150), day(start, 280));
      while (moves.includes(date)) date = day(date, 1);
      legal.push({ date, ls: "C2" });
    }
  }
  const plan: PeriodPlan = { spells, legal, end, rec: spec.rec, cin: spec.uasc ? "N8" : rng.pick(["N1", "N1", "N2", "N4", "N5", "N6", "N7"]), homePostcode: homePostcode(rng) };
  const child = newChild("", dob, spec.archetype);
  child.episodes = toEpisodes(plan);
  if (spec.uasc) child.uasc = { ceased: end };
  return child;
}

/** A1 and A2 days of one adopted child (see README). */
export interface AdoptionSpec {
  a1: number;
  a2: number;
  adopted: Day;
  /** Latest days from moving in to the adoption order (default 200). */
  maxPlacedDays?: number;
  fosterCarer?: boolean;
  archetype: string;
}

/**
 * An adopted child: S (ICO, foster care) at entry; L to a placement order (E1); P to the
 * adopters (A6) on the moving-in date, or T to A5 when the foster carers adopt; ended E11 on the
 * adoption order. A1 = moving in − entry, A2 = match (AD1 DATE_MATCH) − placement order.
 */
export function buildAdopted(spec: AdoptionSpec, rng: Prng): SynthChild {
  const gapMatchToMove = spec.a1 - spec.a2 > 140 ? rng.int(14, 45) : 28;
  // The placement order must fall after 01/04/2016 so that the period's first episode is in the data.
  const latestMove = Math.min(200, spec.maxPlacedDays ?? 200, spec.adopted - (DATA_START + 10 + spec.a2 + gapMatchToMove));
  if (latestMove < 70) throw new Error(`adoption ${spec.archetype} cannot be placed 10 weeks before its order`);
  const movedIn = day(spec.adopted, -rng.int(Math.min(80, latestMove), latestMove));
  const match = day(movedIn, -gapMatchToMove);
  const order = day(match, -spec.a2);
  const entry = day(movedIn, -spec.a1);
  if (order <= day(entry, 20)) throw new Error(`placement order too close to entry (${spec.archetype})`);
  const dob = day(entry, -rng.int(0, 420));
  const foster = placementOf(rng.next() < 0.6 ? "IH" : "AG", rng);
  const spells: SpellPlan[] = [{ ...foster, start: entry }];
  // Some children moved between foster carers before the order.
  if (!spec.fosterCarer && Math.max(day(entry, 60), day(DATA_START, 1)) < day(order, -30) && rng.next() < 0.5) {
    spells.push({ ...placementOf("IH", rng), start: between(rng, Math.max(day(entry, 60), day(DATA_START, 1)) as Day, day(order, -30)), reasonPlaceChange: "CARPL" });
  }
  spells.push(spec.fosterCarer
    ? { ...spells[spells.length - 1]!, place: "A5", start: movedIn, sameCarer: true }
    : { ...placementOf("PFA", rng), start: movedIn, reasonPlaceChange: "APPRR" });
  const plan: PeriodPlan = {
    spells,
    legal: [{ date: entry, ls: "C1" }, { date: order, ls: "E1" }],
    end: spec.adopted,
    rec: rng.next() < 0.85 ? "E11" : "E12",
    cin: "N1",
    homePostcode: homePostcode(rng),
  };
  const child = newChild("", dob, spec.archetype);
  child.episodes = toEpisodes(plan);
  const sexOfAdopters = rng.pick(["MF", "MF", "MF", "FF", "MM", "F1"]);
  child.ad1 = {
    endYear: collectionYearEndOf(spec.adopted),
    decision: day(order, -rng.int(20, 60)),
    match,
    fosterCare: spec.fosterCarer ? 1 : 0,
    adopters: sexOfAdopters === "F1" ? 1 : 2,
    sexOfAdopters,
    legalStatusOfAdopters: sexOfAdopters === "F1" ? "L4" : rng.pick(["L11", "L11", "L12", "L2"]),
  };
  child.placedForAdoption.push({ placed: child.ad1.decision, ceased: spec.adopted, reason: "RD1" });
  return child;
}

/** A child on short breaks only (LS V3 series, or a V4 agreement). */
export function buildShortBreaks(dob: Day, kind: "V3" | "V4", from: Day, openAtR: boolean, rng: Prng, archetype: string): SynthChild {
  const child = newChild("", dob, archetype);
  const placement = placementOf(rng.next() < 0.5 ? "RES" : "IH", rng);
  const home = homePostcode(rng);
  if (kind === "V4") {
    child.episodes = toEpisodes({ spells: [{ ...placement, start: from }], legal: [{ date: from, ls: "V4" }], end: null, rec: null, cin: "N1", homePostcode: home });
    return child;
  }
  for (let stay = from; stay < AS_AT; stay = day(stay, rng.int(26, 34))) {
    const last = day(stay, 28) >= AS_AT;
    const end = last && openAtR ? null : day(stay, rng.int(2, 3));
    if (end !== null && end > AS_AT) break;
    child.episodes.push(...toEpisodes({ spells: [{ ...placement, start: stay }], legal: [{ date: stay, ls: "V3" }], end, rec: end === null ? null : "E8", cin: "N1", homePostcode: home }));
  }
  return child;
}
