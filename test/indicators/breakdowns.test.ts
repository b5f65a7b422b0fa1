import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BREAKDOWN_NAMES, BREAKDOWNS, breakdownKey, breakdownOfMembers, profileBreakdowns } from "../../src/indicators/breakdowns.js";
import { childrenInCare } from "../../src/indicators/care-population/childrenInCare.js";
import { placementsThreePlus } from "../../src/indicators/stability/placementsThreePlus.js";
import { chain, cohortOf, contextFor, header } from "../fixtures/builders.js";
import { asAtArb, cohortShapes, recordsOf } from "../properties/arbitraries.js";

const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

const staleOpenEpisodes = fc.constantFrom("truncate", "keep", "close" as const);

describe("profileBreakdowns", () => {
  it("puts a child in the right key of every breakdown", () => {
    const cohort = cohortOf({
      header: [header("1", "2012-06-01", { sex: "2", ethnicity: "BAFR" })],
      episodes: chain("1", [{ start: "2017-01-10", ls: "C2", place: "U4", provider: "PR4" }]),
    });
    const context = contextFor(cohort, "2019-01-31");
    const b = profileBreakdowns(context, ["1"]);
    expect(b["age-band"]!["5-9"]).toBe(1);
    expect(b.gender!.female).toBe(1);
    expect(b.ethnicity!.black).toBe(1);
    expect(b["ethnicity-code"]).toEqual({ BAFR: 1 });
    expect(b["legal-status"]!["care-order"]).toBe(1);
    expect(b.placement!["foster-agency"]).toBe(1);
    expect(b["length-in-care"]!["1-2-years"]).toBe(1);
    expect(b.uasc!["not-uasc"]).toBe(1);
  });

  it("draws the length-in-care bands at completed months (6 in, 7 out of the first band)", () => {
    const cohort = cohortOf({ episodes: [...chain("a", [{ start: "2018-07-31" }]), ...chain("b", [{ start: "2018-06-30" }])] });
    const b = profileBreakdowns(contextFor(cohort, "2019-01-31"), ["a", "b"]);
    expect(b["length-in-care"]!["0-6-months"]).toBe(1);
    expect(b["length-in-care"]!["7-12-months"]).toBe(1);
  });

  it("adds up to the children in care in every breakdown", () => {
    fc.assert(fc.property(cohortShapes(), asAtArb, (shapes, asAt) => {
      const context = contextFor(cohortOf(recordsOf(shapes.map((shape, i) => ({ id: `C${i}`, shape })))), asAt);
      const ids = Array.from(childrenInCare(context).positions, (p) => context.history.ids[p]!);
      const b = profileBreakdowns(context, ids);
      return BREAKDOWN_NAMES.every((name) => sum(b[name]!) === ids.length);
    }));
  });

  it("counts each child under the key breakdownKey gives it, whichever children are asked and in whatever order", () => {
    fc.assert(
      fc.property(cohortShapes(), asAtArb, fc.func(fc.boolean()), fc.boolean(), staleOpenEpisodes, (shapes, asAt, pick, reversed, stale) => {
        // Under every stale-episode policy: the profile reads each current episode off its row, breakdownKey off the history.
        const context = contextFor(cohortOf(recordsOf(shapes.map((shape, i) => ({ id: `C${i}`, shape })))), asAt, { options: { staleOpenEpisodes: stale } });
        const chosen = context.cohort.children.filter((c) => pick(c.childId));
        const ids = chosen.map((c) => c.childId);
        const expected: Record<string, Record<string, number>> = {};
        for (const name of BREAKDOWN_NAMES) {
          const counts: Record<string, number> = {};
          if (name !== "ethnicity-code") for (const key of BREAKDOWNS[name]) counts[key] = 0;
          const extra: Record<string, number> = {};
          for (const child of chosen) {
            const key = breakdownKey(context, child, name);
            if (key in counts) counts[key] = counts[key]! + 1;
            else extra[key] = (extra[key] ?? 0) + 1;
          }
          for (const key of Object.keys(extra).sort()) counts[key] = extra[key]!;
          expected[name] = counts;
        }
        const actual = profileBreakdowns(context, reversed ? [...ids].reverse() : ids);
        expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
      }),
      { seed: 51, numRuns: 200 },
    );
  });

  it("splits any indicator so that the parts add up to the whole", () => {
    fc.assert(fc.property(cohortShapes(), asAtArb, (shapes, asAt) => {
      const context = contextFor(cohortOf(recordsOf(shapes.map((shape, i) => ({ id: `C${i}`, shape })))), asAt);
      const m = placementsThreePlus.compute(context);
      if (m.kind !== "measured") return false;
      const split = breakdownOfMembers(context, m.members, "age-band");
      const parts = Object.values(split);
      return parts.reduce((a, p) => a + p.numerator, 0) === m.numerator && parts.reduce((a, p) => a + p.denominator, 0) === m.denominator;
    }));
  });
});
