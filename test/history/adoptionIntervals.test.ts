import { describe, expect, it } from "vitest";
import { adoptionIntervalIssues } from "../../src/history/adoptionIntervals.js";
import { COLUMN_INDICATORS } from "../../src/io/ssda903/indicatorInputs.js";
import { ad1Record, chain, cohortOf } from "../fixtures/builders.js";

// Child J of indicators.md §3.8, with the match moved before the placement order.
const episodesOfJ = () =>
  chain("J", [
    { start: "2017-01-03", ls: "C1", place: "U6" },
    { start: "2017-06-10", rne: "L", ls: "E1", place: "U6" },
    { start: "2018-02-12", rne: "P", ls: "E1", place: "A6", end: "2018-09-20", rec: "E12" },
  ]);

describe("adoptionIntervalIssues", () => {
  it("warns when the match precedes the placement order, naming the AD1 row", () => {
    const ad1 = ad1Record("J", { matchDate: "2017-05-01" });
    // The indicators reading DATE_MATCH, as the reader passes them from the indicators' declarations.
    const issues = adoptionIntervalIssues(cohortOf({ episodes: episodesOfJ(), ad1: [ad1] }), COLUMN_INDICATORS.ad1.DATE_MATCH);
    expect(issues).toEqual([expect.objectContaining({
      code: "negative-interval", severity: "warning", file: ad1.file, line: ad1.line, column: "DATE_MATCH",
      indicators: ["adoption-a2-days", "adoption-a2-within-threshold"],
    })]);
    expect(issues[0]!.message).toBe("DATE_MATCH 01/05/2017 is before the placement order of 10/06/2017: A2 counts 0 days");
    expect(issues[0]!).toMatchObject({ child: "J", count: 1 });
  });

  it("says nothing for the worked example's real match (209 days after the order)", () => {
    expect(adoptionIntervalIssues(cohortOf({ episodes: episodesOfJ(), ad1: [ad1Record("J", { matchDate: "2018-01-05" })] }))).toEqual([]);
  });
});

describe("adoptionIntervalIssues in one file", () => {
  it("reports repeats once, at the first line, with the count", () => {
    const first = ad1Record("J", { matchDate: "2017-05-01" });
    const second = ad1Record("K", { matchDate: "2017-05-01" });
    const episodesOfK = chain("K", [
      { start: "2017-01-03", ls: "C1", place: "U6" },
      { start: "2017-06-10", rne: "L", ls: "E1", place: "U6" },
      { start: "2018-02-12", rne: "P", ls: "E1", place: "A6", end: "2018-09-20", rec: "E12" },
    ]);
    const issues = adoptionIntervalIssues(cohortOf({ episodes: [...episodesOfJ(), ...episodesOfK], ad1: [first, second] }));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.line).toBe(first.line);
    expect(issues[0]!.message).toMatch(/, in 2 records$/);
    expect(issues[0]!).toMatchObject({ child: "J", count: 2 });
  });
});
