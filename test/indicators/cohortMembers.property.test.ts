import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CohortMembers, Exclusions, percentOver } from "../../src/indicators/common.js";

const IDS = Array.from({ length: 40 }, (_, k) => `C${String(k).padStart(2, "0")}`);
/** A shared cohort: distinct ascending positions, exclusions of other children, and a pass for each member. */
const sharedCohort = fc
  .tuple(fc.subarray(IDS.map((_, k) => k)), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), fc.constantFrom("uasc", "short-break", "aged-16-or-over"))
  .map(([chosen, flags, reason]) => {
    const positions = chosen.filter((p) => flags[p]);
    const excluded = Exclusions.of(chosen.filter((p) => !flags[p]).map((position) => ({ position, reason })));
    return { positions, excluded, passes: flags.map((f, k) => (k % 3 === 0) !== f) };
  });

describe("percentOver", () => {
  it("measures what CohortMembers measures for the cohort's exclusions and members in order", () => {
    fc.assert(
      fc.property(sharedCohort, ({ positions, excluded, passes }) => {
        const members = new CohortMembers(IDS);
        for (const { position, reason } of excluded.list()) members.exclude(position, reason);
        for (const position of positions) members.include(position, passes[position]!);
        const expected = members.percent();
        const actual = percentOver(IDS, { positions, excluded }, (position) => passes[position]!);
        expect([actual.numerator, actual.denominator]).toEqual([expected.numerator, expected.denominator]);
        expect({ ...actual.members }).toEqual({ ...expected.members });
      }),
      { seed: 41, numRuns: 300 },
    );
  });

  it("hands the test each member's index in the cohort", () => {
    const rows = ["a", "b", "c"];
    const m = percentOver(IDS, { positions: [2, 5, 9], excluded: new Exclusions() }, (_, k) => rows[k] !== "b");
    expect(m.members.numerator).toEqual(["C02", "C09"]);
  });
});

describe("Exclusions", () => {
  it("orders by position, then reason, ties as added: a stable sort of the exclusions as objects", () => {
    const exclusion = fc.record({ position: fc.integer({ min: 0, max: 6 }), reason: fc.constantFrom("uasc", "short-break", "aged-16-or-over") });
    fc.assert(
      fc.property(fc.array(exclusion, { maxLength: 12 }), (list) => {
        const exclusions = Exclusions.of(list);
        const expected = list.map((e, k) => ({ ...e, k })).sort((a, b) => a.position - b.position || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
        expect(exclusions.ordered()).toEqual(expected.map((e) => e.k));
        expect(exclusions.list()).toEqual(list);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
