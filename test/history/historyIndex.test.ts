import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { DEFAULT_OPTIONS, type ScorecardOptions } from "../../src/model/options.js";
import { addDays, dayFromIso, isoFromDay } from "../../src/dates/day.js";
import { DayIndex } from "../../src/history/dayIndex.js";
import {
  careSpanOverlaps, createHistoryIndex, currentEpisode, historyIndexFor, currentRowsAt, hasShortBreakOverlapping,
  isOnShortBreak, shortBreaksOf, derivedValue,
} from "../../src/history/historyIndex.js";
import type { ChildRecord, Episode } from "../../src/model/cohort.js";
import { chainEpisodes, linkPeriods } from "../../src/history/periodsOfCare.js";
import { referencePeriods, referenceSpells } from "./referenceHistory.js";
import type { EpisodeRecord } from "../../src/model/records.js";
import { chain, cohortOf, cohortOfYears, episode, episodesOf } from "../fixtures/builders.js";

const BASE = dayFromIso("2018-01-01");
const iso = (offset: number) => isoFromDay(addDays(BASE, offset));

/** Raw episodes, not valid by construction: overlaps, duplicates, zero length, DEC before DECOM. */
const rawEpisode = fc.record({
  start: fc.integer({ min: 0, max: 60 }),
  length: fc.option(fc.integer({ min: -5, max: 40 }), { nil: null }),
  rne: fc.constantFrom("S", "P", "L", "T", "U", "B" as const),
  ls: fc.constantFrom("C2", "V3", "V4", "E1"),
  rec: fc.constantFrom("X1", "E4A", "E11", null),
  place: fc.constantFrom("U4", "U1", "T0", "A4"),
});
const rawCohort = fc.array(fc.array(rawEpisode, { maxLength: 5 }), { minLength: 1, maxLength: 6 }).map((children) => {
  const records: EpisodeRecord[] = [];
  children.forEach((episodes, c) => {
    for (const e of episodes) {
      records.push(episode(`C${c}`, { start: iso(e.start), end: e.length === null ? null : iso(e.start + e.length), rne: e.rne, ls: e.ls, rec: e.rec, place: e.place }));
    }
  });
  return cohortOf({ episodes: records });
});

/** Raw episodes packed into a few days, most closed X1: several candidates for one link, ties of every kind. */
const denseCohort = fc
  .array(fc.array(fc.record({ start: fc.integer({ min: 0, max: 6 }), length: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null, freq: 6 }), rne: fc.constantFrom("P", "L", "T", "U", "S" as const), ls: fc.constantFrom("C2", "V3", "E1"), rec: fc.constantFrom("X1", "X1", "X1", "E4A"), place: fc.constantFrom("U4", "T0", "A4") }), { maxLength: 7 }), { minLength: 1, maxLength: 4 })
  .map((children) => {
    const records: EpisodeRecord[] = [];
    children.forEach((episodes, c) => {
      for (const e of episodes) records.push(episode(`C${c}`, { start: iso(e.start), end: e.length === null ? null : iso(e.start + e.length), rne: e.rne, ls: e.ls, rec: e.rec, place: e.place }));
    });
    return cohortOf({ episodes: records });
  });

/** §1.6 written out plainly: covering R, not a short break, the last in (DECOM, open, DEC, read order). */
function referenceCurrent(episodes: readonly Episode[], asAt: number): Episode | null {
  const candidates = episodes.filter((e) => !["V3", "V4"].includes(e.legalStatus) && e.start <= asAt && (e.end === null || asAt < e.end));
  candidates.sort((a, b) => a.start - b.start || (a.end === null ? 1 : 0) - (b.end === null ? 1 : 0) || (a.end ?? 0) - (b.end ?? 0) || a.readOrder - b.readOrder);
  return candidates[candidates.length - 1] ?? null;
}

describe("createHistoryIndex", () => {
  it("lists every child's history in cohort order, the same object `of` returns", () => {
    const cohort = cohortOf({ episodes: [...chain("B", [{ start: "2018-01-01" }]), ...chain("A", [{ start: "2018-02-01" }])] });
    const index = createHistoryIndex(cohort, DEFAULT_OPTIONS);
    expect(index.children.map((h) => h.child.childId)).toEqual(["A", "B"]);
    expect(index.of(cohort.children[1]!)).toBe(index.children[1]);
  });

  it("finds a child's history by id, and gives a child outside the cohort (or a cohort out of id order) the right one: the outsider's own, with no episodes (the cohort holds none of it)", () => {
    const cohort = cohortOf({ episodes: ["A", "B", "C", "D"].flatMap((id, k) => chain(id, [{ start: iso(k) }])) });
    const index = createHistoryIndex(cohort, DEFAULT_OPTIONS);
    for (const k of [3, 0, 2, 2, 1]) expect(index.of(cohort.children[k]!)).toBe(index.children[k]);
    const outsider = { ...cohort.children[1]! };
    const h = index.of(outsider);
    expect([h.position, h.child, h.episodes]).toEqual([-1, outsider, []]);
    expect(index.of(outsider)).toBe(h);
    const shuffled = { ...cohort, children: [cohort.children[2]!, cohort.children[0]!, cohort.children[3]!, cohort.children[1]!] };
    const byHand = createHistoryIndex(shuffled, DEFAULT_OPTIONS);
    shuffled.children.forEach((child, k) => expect(byHand.of(child)).toBe(byHand.children[k]));
  });

  it("makes a history only when asked for it (at, of, where), the same object however it is reached, and lays out every child's rows first", () => {
    const cohort = cohortOf({ episodes: ["A", "B", "C", "D"].flatMap((id, k) => chain(id, [{ start: iso(k) }, { start: iso(k + 10), end: iso(k + 20), rec: k === 2 ? "E11" : "E4A" }])) });
    const index = createHistoryIndex(cohort, DEFAULT_OPTIONS);
    // Rows are laid out for every child before any history is made, in cohort order.
    expect(Array.from(index.rows.first)).toEqual([0, 2, 4, 6]);
    expect(Array.from(index.rows.count)).toEqual([2, 2, 2, 2]);
    const c = index.at(2);
    expect([c.child.childId, c.position, c.first]).toEqual(["C", 2, 4]);
    expect(index.of(cohort.children[2]!)).toBe(c);
    const withAdoption = index.where((_, position) => episodesOf(cohort, position).some((e) => e.endReason === "E11"));
    expect(withAdoption).toEqual([c]);
    expect(withAdoption[0]).toBe(c);
    expect(index.where((child) => child.childId !== "B").map((h) => h.position)).toEqual([0, 2, 3]);
    index.children.forEach((h, k) => expect(index.at(k)).toBe(h));
    expect(index.careSpans.starts[3]).toBe(index.at(3).careStart);
  });

  it("finds the positions `where` would without making a history (positionsWhere)", () => {
    const cohort = cohortOf({ episodes: ["A", "B", "C", "D"].flatMap((id, k) => chain(id, [{ start: iso(k) }, { start: iso(k + 10), end: iso(k + 20), rec: k % 2 === 0 ? "E11" : "E4A" }])) });
    const index = createHistoryIndex(cohort, DEFAULT_OPTIONS);
    const { rows, columns } = index; // laid out first: laying out may read a child's episodes
    const made = vi.spyOn(cohort.episodes, "of");
    const adopted = (_: ChildRecord, position: number) => columns.endReason[rows.first[position]! + 1] === "E11";
    expect(index.positionsWhere(adopted)).toEqual([0, 2]);
    expect(index.positionsWhere((child) => child.childId !== "B")).toEqual([0, 2, 3]);
    expect(made).not.toHaveBeenCalled();
    expect(index.where(adopted).map((h) => h.position)).toEqual([0, 2]);
    expect(made).toHaveBeenCalledTimes(2);
  });

  it("hands `where` each child's record and position, in cohort order", () => {
    const cohort = cohortOfYears([
      { endYear: 2018, records: { episodes: chain("A", [{ start: "2017-06-01" }]) } },
      { endYear: 2019, records: { episodes: chain("B", [{ start: "2018-06-01" }]) } },
    ]);
    const index = createHistoryIndex(cohort, DEFAULT_OPTIONS);
    const seen: [ChildRecord, number][] = [];
    index.where((child, position) => (seen.push([child, position]), false));
    expect(seen).toEqual([[cohort.children[0], 0], [cohort.children[1], 1]]);
    expect(seen[1]![0]).toBe(cohort.children[1]);
  });

  it("gives each row's episode as the child's history holds it, under every staleOpenEpisodes (episodeAt)", () => {
    // A's 2017 episode is open in 2017-18 and not repeated: truncated, it is a copy, and B's same-DECOM rows may change places.
    const cohort = cohortOfYears([
      { endYear: 2018, records: { episodes: [...chain("A", [{ start: "2017-06-01" }]), ...chain("B", [{ start: "2017-09-01" }])] } },
      { endYear: 2019, records: { episodes: [...chain("B", [{ start: "2017-09-01", end: "2018-05-01", rec: "E11" }]), ...chain("C", [{ start: "2018-06-01" }])] } },
    ]);
    for (const staleOpenEpisodes of ["truncate", "close", "keep"] as const) {
      const index = createHistoryIndex(cohort, { ...DEFAULT_OPTIONS, staleOpenEpisodes });
      cohort.children.forEach((_, position) => {
        const history = index.at(position);
        history.episodes.forEach((e, k) => expect(index.episodeAt(position, history.first + k)).toEqual(e));
      });
    }
    // Truncated, A's episode is not the one stitched: the row's episode must be the history's.
    expect(createHistoryIndex(cohort, DEFAULT_OPTIONS).at(0).episodes[0]).not.toEqual(episodesOf(cohort, 0)[0]);
  });

  it("reuses a cohort's histories across runs whose options shape a history the same way, and only those", () => {
    const cohort = cohortOf({ episodes: chain("A", [{ start: "2018-01-01" }, { start: "2018-02-01" }]) });
    const first = historyIndexFor(cohort, DEFAULT_OPTIONS).children[0];
    const otherThresholds: ScorecardOptions = { ...DEFAULT_OPTIONS, a1ThresholdDays: 300, excludeUasc: true };
    expect(historyIndexFor(cohort, otherThresholds).children[0]).toBe(first);
    expect(historyIndexFor(cohort, { ...DEFAULT_OPTIONS, placementCounting: "episode" }).children[0]).not.toBe(first);
    expect(historyIndexFor(cohort, { ...DEFAULT_OPTIONS, staleOpenEpisodes: "keep" }).children[0]).not.toBe(first);
    expect(historyIndexFor(cohort, { ...DEFAULT_OPTIONS, collapseUnchangedMoves: !DEFAULT_OPTIONS.collapseUnchangedMoves }).children[0]).not.toBe(first);
    // Shared values are each run's own, even on a reused history.
    const index = historyIndexFor(cohort, DEFAULT_OPTIONS);
    const K = derivedValue<number, [asAt: number]>("k");
    index.shared(K, [1], () => 1);
    expect(historyIndexFor(cohort, DEFAULT_OPTIONS).shared(K, [1], () => 2)).toBe(2);
    // Lasting values are the history's: kept across runs of one shape, not shared with another shape.
    const DAYS = derivedValue<string, []>("days");
    index.lasting(DAYS, [], () => "built once");
    expect(historyIndexFor(cohort, otherThresholds).lasting(DAYS, [], () => "built again")).toBe("built once");
    expect(historyIndexFor(cohort, { ...DEFAULT_OPTIONS, staleOpenEpisodes: "keep" }).lasting(DAYS, [], () => "built again")).toBe("built again");
    // A key of names: each set of names is built apart.
    const NAMED = derivedValue<string, readonly string[]>("named");
    expect(index.lasting(NAMED, ["a", "b"], () => "a,b")).toBe("a,b");
    expect(index.lasting(NAMED, ["a,b"], () => "one name")).toBe("one name");
    expect(index.lasting(NAMED, ["a", "b"], () => "again")).toBe("a,b");
    // @ts-expect-error a value's key is typed: DAYS takes none
    index.lasting(DAYS, ["a"], () => "x");
  });

  it("computes a shared value once per value and days", () => {
    const index = createHistoryIndex(cohortOf({}), DEFAULT_OPTIONS);
    const [K, L] = [derivedValue<{ calls: number }, [start: number, end: number]>("k"), derivedValue<{ calls: number }, [start: number, end: number]>("k")];
    let calls = 0;
    const first = index.shared(K, [1, 2], () => ({ calls: ++calls }));
    expect(index.shared(K, [1, 2], () => ({ calls: ++calls }))).toBe(first);
    expect(calls).toBe(1);
    // Other days, or another value of the same name, are computed apart.
    expect(index.shared(K, [1, 3], () => ({ calls: ++calls })).calls).toBe(2);
    expect(index.shared(K, [12, 3], () => ({ calls: ++calls })).calls).toBe(3);
    expect(index.shared(K, [1, 23], () => ({ calls: ++calls })).calls).toBe(4);
    expect(index.shared(L, [1, 2], () => ({ calls: ++calls })).calls).toBe(5);
  });

  it("spans a child's care from the earliest DECOM or DEC to the latest, open as Infinity", () => {
    const cohort = cohortOf({ episodes: [
      episode("A", { start: "2018-03-01", end: "2018-04-01", rec: "E4A" }),
      episode("A", { start: "2018-06-01" }),
      episode("B", { start: "2018-05-10", end: "2018-05-01", rec: "E4A" }), // DEC before DECOM
    ] });
    const [a, b] = createHistoryIndex(cohort, DEFAULT_OPTIONS).children;
    expect([a!.careStart, a!.careEnd]).toEqual([dayFromIso("2018-03-01"), Infinity]);
    expect([b!.careStart, b!.careEnd]).toEqual([dayFromIso("2018-05-01"), dayFromIso("2018-05-10")]);
  });

  it("gives a child without episodes an empty care span", () => {
    const cohort = cohortOf({ uasc: [{ childId: "U", file: "uasc.csv", line: 2, readOrder: 1, sex: null, dateOfBirth: null, ceased: null }] });
    const [u] = createHistoryIndex(cohort, DEFAULT_OPTIONS).children;
    expect([u!.careStart, u!.careEnd]).toEqual([Infinity, -Infinity]);
    expect(careSpanOverlaps(u!, -1e9, 1e9)).toBe(false);
  });

  it("places each episode in the spell and period that hold it", () => {
    const cohort = cohortOf({ episodes: chain("A", [{ start: "2018-01-01" }, { start: "2018-02-01", rne: "P", place: "U5" }, { start: "2018-03-01", rne: "L" }]) });
    const h = createHistoryIndex(cohort, DEFAULT_OPTIONS).children[0]!;
    h.episodes.forEach((e, i) => {
      const place = h.places[i]!;
      expect(place.episode).toBe(e);
      expect(place.spell.episodes).toContain(e);
      expect(place.period.episodes).toContain(e);
      expect(h.spells[place.period.index]![place.spellIndex]).toEqual(place.spell);
    });
  });

  it("lists the children with a start of care (RNE S) or an end of care (REC not X1) in a window", () => {
    const cohort = cohortOf({ episodes: [
      ...chain("A", [{ start: "2018-01-10" }, { start: "2018-02-01", rne: "P", end: "2018-03-01", rec: "E4A" }]),
      ...chain("B", [{ start: "2017-06-01" }, { start: "2018-01-15", rne: "P" }]),
      ...chain("C", [{ start: "2018-01-31", ls: "V3", end: "2018-02-02", rec: "E13" }]),
    ] });
    const index = createHistoryIndex(cohort, DEFAULT_OPTIONS);
    const [from, to] = [dayFromIso("2018-01-10"), dayFromIso("2018-01-31")];
    expect(Array.from(index.startingIn(from, to))).toEqual([0, 2]); // B's January episode is a move, not a start
    expect(Array.from(index.endingIn(from, to))).toEqual([]); // A's 01/02 end is an X1
    expect(Array.from(index.endingIn(dayFromIso("2018-02-02"), dayFromIso("2018-03-01")))).toEqual([0, 2]);
  });
});

describe("the typed snapshot at R (currentRowsAt and the episode columns)", () => {
  it("answers what the history objects answer, under every history shape, on any data", () => {
    const shape = fc.record({
      staleOpenEpisodes: fc.constantFrom("truncate", "keep", "close" as const),
      placementCounting: fc.constantFrom("carer", "episode", "raw" as const),
      collapseUnchangedMoves: fc.boolean(),
    });
    fc.assert(
      fc.property(rawCohort, fc.integer({ min: -3, max: 110 }), shape, (cohort, offset, options) => {
        const asAt = addDays(BASE, offset);
        const index = createHistoryIndex(cohort, { ...DEFAULT_OPTIONS, ...options });
        const rows = currentRowsAt(index, asAt);
        const { periodStart, spellStart, previousSpellStart, placementType, endReason } = index.columns;
        const [from, to] = [addDays(asAt, -30), asAt];
        index.children.forEach((h, i) => {
          // Every row sits where the history's objects put its episode.
          h.places.forEach((place, k) => {
            const row = h.first + k;
            expect(periodStart[row]).toBe(place.period.start);
            expect(spellStart[row]).toBe(place.spell.start);
            expect(previousSpellStart[row]).toBe(place.spellIndex > 0 ? h.spells[place.period.index]![place.spellIndex - 1]!.start : NaN);
            expect(placementType[row]).toBe(place.episode.placementType);
            expect(endReason[row]).toBe(place.episode.endReason);
          });
          const current = currentEpisode(h, asAt);
          expect(rows[i] === -1).toBe(current === null);
          if (current !== null) {
            const row = rows[i]!;
            expect(h.episodes[row - h.first]).toBe(current.episode);
            expect(periodStart[row]).toBe(current.period.start);
            expect(spellStart[row]).toBe(current.spell.start);
            expect(previousSpellStart[row]).toBe(current.spellIndex > 0 ? h.spells[current.period.index]![current.spellIndex - 1]!.start : NaN);
            expect(placementType[row]).toBe(current.episode.placementType);
          }
          expect(shortBreaksOf(index).at(i, asAt)).toBe(isOnShortBreak(h, asAt));
          expect(shortBreaksOf(index).overlapping(i, from, to)).toBe(hasShortBreakOverlapping(h, from, to));
        });
      }),
      { seed: 1310, numRuns: 300 },
    );
  });
});

describe("chainEpisodes", () => {
  it("numbers the periods as linking every episode does, whether or not the child's rows are one chain", () => {
    // Chains closed X1 day to day (one period: the path without links), broken now and then by an S, a gap or another REC.
    const chained = fc
      .array(fc.record({ length: fc.integer({ min: 0, max: 30 }), rne: fc.constantFrom("P", "L", "T", "U", "B", "S" as const), rec: fc.constantFrom("X1", "X1", "X1", "E4A"), gap: fc.constantFrom(0, 0, 0, 1) }), { maxLength: 7 })
      .map((steps) => {
        const records: EpisodeRecord[] = [];
        let start = 0;
        steps.forEach((s, k) => {
          const last = k === steps.length - 1;
          records.push(episode("C", { start: iso(start), end: last ? null : iso(start + s.length), rne: k === 0 ? "S" : s.rne, rec: last ? null : s.rec }));
          start += s.length + s.gap;
        });
        return cohortOf({ episodes: records });
      });
    fc.assert(
      fc.property(fc.oneof(chained, rawCohort, denseCohort), (cohort) => {
        for (let position = 0; position < cohort.children.length; position += 1) {
          const episodes = episodesOf(cohort, position);
          const fast = new Int32Array(episodes.length);
          const linked = new Int32Array(episodes.length);
          expect(chainEpisodes(episodes, fast)).toBe(linkPeriods(episodes, linked));
          expect(fast).toEqual(linked);
        }
      }),
      { seed: 1315, numRuns: 400 },
    );
  });
});

describe("periods and spells given back from the rows", () => {
  it("are the ones §1.6 and §1.8 make of the history's episodes as objects, under every history shape, on any data", () => {
    const shape = fc.record({
      staleOpenEpisodes: fc.constantFrom("truncate", "keep", "close" as const),
      placementCounting: fc.constantFrom("carer", "episode", "raw" as const),
      collapseUnchangedMoves: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.oneof(rawCohort, denseCohort), shape, (cohort, options) => {
        const index = createHistoryIndex(cohort, { ...DEFAULT_OPTIONS, ...options });
        index.children.forEach((h) => {
          const periods = referencePeriods(h.episodes);
          expect(h.periods).toEqual(periods);
          expect(h.spells).toEqual(periods.map((p) => referenceSpells(p, options.placementCounting, options.collapseUnchangedMoves)));
          // The rows visited period by period: each period's first and last episodes.
          const visited: number[][] = [];
          index.columns.eachPeriod(h.first, h.episodes.length, (period, head, tail) => visited.push([period, head, tail]));
          const rowOf = (e: Episode) => h.first + h.episodes.indexOf(e);
          expect(visited).toEqual(periods.map((p, k) => [k, rowOf(p.episodes[0]!), rowOf(p.episodes[p.episodes.length - 1]!)]));
          h.periods.forEach((p, k) => expect(h.carerSpells(p)).toEqual(referenceSpells(periods[k]!, "carer", options.collapseUnchangedMoves)));
          // Each row's spell counts the child's spells period by period.
          const spellsBefore = h.spells.map((_, p) => h.spells.slice(0, p).flat().length);
          h.places.forEach((place, k) => {
            expect(index.columns.period[h.first + k]).toBe(place.period.index);
            expect(index.columns.spell[h.first + k]).toBe(spellsBefore[place.period.index]! + place.spellIndex);
          });
        });
      }),
      { seed: 1311, numRuns: 300 },
    );
  });

  it("number periods in order of their first episodes when closing a stale episode moves it before a neighbour", () => {
    // A is open in 2017-18 and not repeated, so `close` ends it X1 on N's DECOM (20/01), before B's DEC (30/01): A now sorts first.
    const cohort = cohortOfYears([
      { endYear: 2018, records: { episodes: [episode("C", { start: "2018-01-10", end: "2018-01-30", rec: "E4A" }), episode("C", { start: "2018-01-10", end: null })] } },
      { endYear: 2019, records: { episodes: [episode("C", { start: "2018-01-20", end: null, rne: "P" })] } },
    ]);
    const [h] = createHistoryIndex(cohort, { ...DEFAULT_OPTIONS, staleOpenEpisodes: "close" }).children;
    expect(h!.periods).toEqual(referencePeriods(h!.episodes));
    expect(h!.periods.map((p) => p.episodes.map((e) => e.end))).toEqual([[dayFromIso("2018-01-20"), null], [dayFromIso("2018-01-30")]]);
  });

  it("are those objects too across two returns, where open episodes left out of the later one are cut or closed", () => {
    const twoReturns = fc.array(fc.array(fc.record({ episode: rawEpisode, later: fc.boolean() }), { maxLength: 5 }), { minLength: 1, maxLength: 6 }).map((children) => {
      const years = [2018, 2019].map((endYear) => ({ endYear, records: { episodes: [] as EpisodeRecord[] } }));
      children.forEach((episodes, c) => {
        for (const { episode: e, later } of episodes) {
          const record = episode(`C${c}`, { start: iso(e.start), end: e.length === null ? null : iso(e.start + e.length), rne: e.rne, ls: e.ls, rec: e.rec, place: e.place });
          years[later ? 1 : 0]!.records.episodes.push(record);
        }
      });
      return cohortOfYears(years);
    });
    const stale = fc.constantFrom("truncate", "keep", "close" as const);
    fc.assert(
      fc.property(twoReturns, stale, fc.boolean(), (cohort, staleOpenEpisodes, collapseUnchangedMoves) => {
        const index = createHistoryIndex(cohort, { ...DEFAULT_OPTIONS, staleOpenEpisodes, collapseUnchangedMoves });
        for (const h of index.children) {
          const periods = referencePeriods(h.episodes);
          expect(h.periods).toEqual(periods);
          expect(h.spells).toEqual(periods.map((p) => referenceSpells(p, DEFAULT_OPTIONS.placementCounting, collapseUnchangedMoves)));
        }
      }),
      { seed: 1312, numRuns: 300 },
    );
  });
});

describe("history queries", () => {
  it("agree with §1.6 and the episodes on any data, overlapping or not", () =>
    fc.assert(fc.property(rawCohort, fc.integer({ min: -3, max: 110 }), (cohort, offset) => {
      const asAt = addDays(BASE, offset);
      const index = createHistoryIndex(cohort, DEFAULT_OPTIONS);
      const rows = currentRowsAt(index, asAt);
      index.children.forEach((h, i) => {
        const current = rows[i] === -1 ? null : h.episodes[rows[i]! - h.first]!;
        expect(current).toBe(referenceCurrent(h.episodes, asAt));
        expect(currentEpisode(h, asAt)?.episode ?? null).toBe(current);
        const shortBreaks = h.episodes.filter((e) => e.legalStatus === "V3" || e.legalStatus === "V4");
        expect(isOnShortBreak(h, asAt)).toBe(shortBreaks.some((e) => e.start <= asAt && (e.end === null || asAt < e.end)));
        const [from, to] = [addDays(asAt, -7), asAt];
        expect(hasShortBreakOverlapping(h, from, to)).toBe(shortBreaks.some((e) => e.start <= to && (e.end === null || e.end >= from)));
        const touches = h.episodes.some((e) => (e.start >= from && e.start <= to) || (e.end !== null && e.end >= from && e.end <= to));
        if (touches) expect(careSpanOverlaps(h, from, to)).toBe(true);
      });
      const [from, to] = [addDays(asAt, -20), asAt];
      const starting = index.children.flatMap((h, i) => (h.episodes.some((e) => e.reasonForNewEpisode === "S" && e.start >= from && e.start <= to) ? [i] : []));
      const ending = index.children.flatMap((h, i) => (h.episodes.some((e) => e.end !== null && e.endReason !== "X1" && e.end >= from && e.end <= to) ? [i] : []));
      expect(Array.from(index.startingIn(from, to))).toEqual(starting);
      expect(Array.from(index.endingIn(from, to))).toEqual(ending);
    })));
});

describe("DayIndex", () => {
  const index = new DayIndex(4, (position, push) => {
    const days = [[10, 10, 20], [], [-5, 30], [20]][position]!;
    for (const d of days) push(d);
  });

  it("finds each child once, in position order, with both ends of the window included", () => {
    expect(Array.from(index.childrenIn(10, 20))).toEqual([0, 3]);
    expect(Array.from(index.childrenIn(-5, 30))).toEqual([0, 2, 3]);
  });

  it("finds nobody in a window without events", () => {
    expect(Array.from(index.childrenIn(21, 29))).toEqual([]);
    expect(Array.from(index.childrenIn(31, 10))).toEqual([]);
  });
});
