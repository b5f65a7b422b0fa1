import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CohortMembers, type ExcludedAt, percentOver } from "../../src/indicators/common.js";

const IDS = Array.from({ length: 40 }, (_, k) => `C${String(k).padStart(2, "0")}`);
/** A shared cohort: distinct ascending positions, exclusions of other children, and a pass for each member. */
const sharedCohort = fc
  .tuple(fc.subarray(IDS.map((_, k) => k)), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), fc.constantFrom("uasc", "short-break", "aged-16-or-over"))
  .map(([chosen, flags, reason]) => {
    const positions = chosen.filter((p) => flags[p]);
    const excluded: ExcludedAt[] = chosen.filter((p) => !flags[p]).map((position) => ({ position, reason }));
    return { positions, excluded, passes: flags.map((f, k) => (k % 3 === 0) !== f) };
  });

describe("percentOver", () => {
  it("measures what CohortMembers measures for the cohort's exclusions and members in order", () => {
    fc.assert(
      fc.property(sharedCohort, ({ positions, excluded, passes }) => {
        const members = new CohortMembers(IDS);
        for (const { position, reason } of excluded) members.exclude(position, reason);
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
    const m = percentOver(IDS, { positions: [2, 5, 9], excluded: [] }, (_, k) => rows[k] !== "b");
    expect(m.members.numerator).toEqual(["C02", "C09"]);
  });
});
