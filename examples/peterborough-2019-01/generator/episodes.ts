import type { Day } from "../../../src/dates/index.js";
import type { SynthEpisode } from "./model.js";

/** Where a child lives in one placement spell (one carer). */
export interface Placement {
  place: string;
  provider: string | null;
  postcode: string | null;
  urn: string | null;
}

export interface SpellPlan extends Placement {
  start: Day;
  /** The same carer in a new placement type (foster carer becomes the adopter): RNE T, or U with a legal change. */
  sameCarer?: boolean;
  reasonPlaceChange?: string;
}

/** A period of care as the generator designs it; `toEpisodes` turns it into 903 episodes. */
export interface PeriodPlan {
  spells: SpellPlan[];
  /** Legal statuses in date order; the first applies from the period start. */
  legal: { date: Day; ls: string }[];
  /** Temporary moves inside a spell (hospital, respite) that return to the same placement. */
  temporary?: { start: Day; end: Day; place: string }[];
  end: Day | null;
  rec: string | null;
  cin: string;
  homePostcode: string;
}

type Change =
  | { date: Day; kind: "spell"; spell: SpellPlan }
  | { date: Day; kind: "legal"; ls: string }
  | { date: Day; kind: "temporary-start"; place: string }
  | { date: Day; kind: "temporary-end" };

/**
 * Episodes of one period: a new episode at every change of placement or legal status, each
 * closed with REC X1 on the day its successor starts, the last one closed with the period's
 * REC (or open). The RNE follows indicators.md §1.8: S first, P for a new carer, B when the
 * carer and the legal status change together, T/U for the same carer, L for a legal change.
 */
export function toEpisodes(plan: PeriodPlan): SynthEpisode[] {
  const first = plan.spells[0];
  const firstLegal = plan.legal[0];
  if (!first || !firstLegal || firstLegal.date !== first.start) throw new Error("a period needs a first spell and legal status on its start");
  const changes: Change[] = [
    ...plan.spells.slice(1).map((spell): Change => ({ date: spell.start, kind: "spell", spell })),
    ...plan.legal.slice(1).map((l): Change => ({ date: l.date, kind: "legal", ls: l.ls })),
    ...(plan.temporary ?? []).flatMap((t): Change[] => [
      { date: t.start, kind: "temporary-start", place: t.place },
      { date: t.end, kind: "temporary-end" },
    ]),
  ].sort((a, b) => a.date - b.date);

  const episodes: SynthEpisode[] = [];
  let placement: Placement = first;
  let ls = firstLegal.ls;
  let saved: Placement | null = null;
  let current: SynthEpisode = {
    start: first.start, end: null, rne: "S", ls, place: first.place, provider: first.provider, rec: null, reasonPlaceChange: null,
    cin: plan.cin, homePostcode: plan.homePostcode, postcode: first.postcode, urn: first.urn,
  };
  for (let i = 0; i < changes.length; ) {
    const date = changes[i]!.date;
    if (date <= current.start) throw new Error(`changes must follow the episode start (${date} <= ${current.start})`);
    if (plan.end !== null && date >= plan.end) throw new Error("a change on or after the period end");
    let newCarer = false;
    let sameCarer = false;
    let legal = false;
    let temporary = false;
    let reason: string | null = null;
    for (; i < changes.length && changes[i]!.date === date; i += 1) {
      const change = changes[i]!;
      if (change.kind === "spell") {
        placement = change.spell;
        if (change.spell.sameCarer) sameCarer = true;
        else newCarer = true;
        reason = change.spell.reasonPlaceChange ?? null;
      } else if (change.kind === "legal") {
        ls = change.ls;
        legal = true;
      } else if (change.kind === "temporary-start") {
        saved = placement;
        placement = { place: change.place, provider: placement.provider, postcode: null, urn: null };
        temporary = true;
      } else {
        placement = saved ?? placement;
        saved = null;
        temporary = true;
      }
    }
    const rne: SynthEpisode["rne"] = newCarer ? (legal ? "B" : "P") : sameCarer ? (legal ? "U" : "T") : temporary ? "P" : "L";
    current.end = date;
    current.rec = "X1";
    episodes.push(current);
    current = {
      start: date, end: null, rne, ls, place: placement.place, provider: placement.provider, rec: null,
      reasonPlaceChange: rne === "P" || rne === "B" ? reason : null, cin: plan.cin, homePostcode: plan.homePostcode,
      postcode: placement.postcode, urn: placement.urn,
    };
  }
  current.end = plan.end;
  current.rec = plan.end === null ? null : plan.rec;
  episodes.push(current);
  return episodes;
}
