import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Day } from "../../../src/dates/day.js";
import { type EpisodeRunColumns, flagRunsLongerThan } from "../../../src/validation/rules/shortOrders.js";

/** The runs of 361/362 as first written (a list per run, closed when the chain breaks): the oracle for the loop without closures. */
function oracle(rows: readonly number[], { ls, decom, dec, yearEnd }: EpisodeRunColumns, status: string, maxDays: number): number[] {
  const flagged: number[] = [];
  const decOf = (row: number): Day => dec[row] ?? yearEnd;
  let run: number[] = [];
  let runsOn = false;
  const close = () => {
    const starts = run.map((row) => decom[row]).filter((day): day is Day => day !== null);
    if (starts.length > 0 && Math.max(...run.map(decOf)) - Math.min(...starts) > maxDays) flagged.push(...run);
    run = [];
  };
  rows.forEach((row, k) => {
    if (ls[row] !== status) return;
    if (!runsOn) close();
    run.push(row);
    const next = rows[k + 1];
    runsOn = next !== undefined && decom[next] !== null && decOf(row) === decom[next];
  });
  close();
  return flagged;
}

const day = fc.option(fc.integer({ min: 0, max: 12 }), { nil: null, freq: 5 }) as fc.Arbitrary<Day | null>;
const episodes = fc.array(fc.record({ ls: fc.constantFrom("L1", "L2", "C2", null), decom: day, dec: day }), { maxLength: 9 });

describe("flagRunsLongerThan (361, 362)", () => {
  it("flags the rows the runs as first written flag, in the same order, on arbitrary episodes", () => {
    fc.assert(
      fc.property(episodes, fc.constantFrom("L1", "L2"), fc.integer({ min: 0, max: 6 }), (list, status, maxDays) => {
        const columns: EpisodeRunColumns = { ls: list.map((e) => e.ls), decom: list.map((e) => e.decom), dec: list.map((e) => e.dec), yearEnd: 10 as Day };
        const rows = list.map((_, i) => i);
        const flagged: number[] = [];
        flagRunsLongerThan(rows, columns, status, maxDays, flagged);
        expect(flagged).toEqual(oracle(rows, columns, status, maxDays));
      }),
      { seed: 361, numRuns: 2000 },
    );
  });

  it("carries a run past an episode of another status that starts the day the last one ended", () => {
    const columns: EpisodeRunColumns = { ls: ["L1", "C2", "L1"], decom: [0, 3, 5] as Day[], dec: [3, 5, 9] as Day[], yearEnd: 20 as Day };
    const flagged: number[] = [];
    flagRunsLongerThan([0, 1, 2], columns, "L1", 7, flagged);
    expect(flagged).toEqual([0, 2]);
  });
});
