import { describe, expect, it } from "vitest";
import { BUILT_IN_INDICATORS } from "../../src/indicators/registry.js";
import { narrativeFor } from "../../src/scorecard/narrative.js";
import type { IndicatorResult } from "../../src/scorecard/types.js";

const base: IndicatorResult = {
  id: "placements-3plus", title: "Children in care with three or more placements in the last 12 months", unit: "percent",
  polarity: "lower-is-better", value: 5.8, numerator: 22, denominator: 380, target: 6, varianceTarget: -0.2,
  varianceTargetUnit: "points", rag: "green", trend: null, previous: null, benchmarks: [], suppressed: false, note: null,
};

describe("narrativeFor", () => {
  it("reads like the council report", () => {
    expect(narrativeFor(base)).toBe("22 of the 380 children in care (5.8%) had three or more placements in the last 12 months, against a target of 6%.");
  });

  it("groups thousands as the tables do", () => {
    expect(narrativeFor({ ...base, numerator: 1101, denominator: 12103 })).toMatch(/^1,101 of the 12,103 children in care/);
    expect(narrativeFor({ ...base, id: "cla-count", title: "Children in care", unit: "count", value: 1796, numerator: 1796, denominator: null, target: null }))
      .toBe("1,796 children were in care.");
  });

  it("takes a custom indicator's words from its definition, and builds a plain sentence without them", () => {
    const local = { ...base, id: "local-seen-alone", title: "Children seen alone at their last visit", target: null };
    expect(narrativeFor(local, { cohort: "children visited", verb: "were seen alone" })).toBe("22 of the 380 children visited (5.8%) were seen alone.");
    expect(narrativeFor(local)).toBe("Children seen alone at their last visit: 22 of 380 (5.8%).");
    // Every built-in indicator declares its words.
    for (const definition of BUILT_IN_INDICATORS) expect(definition.narrative, definition.id).toBeDefined();
  });

  it("says which table is missing when the value cannot be computed", () => {
    expect(narrativeFor({ ...base, id: "visits-on-time", title: "Children in care with a statutory visit on time", value: null, numerator: null, denominator: null, note: "needs visits.csv" }))
      .toBe("Children in care with a statutory visit on time: cannot be computed (needs visits.csv).");
  });

  it("does not print a suppressed value", () => {
    const text = narrativeFor({ ...base, value: null, numerator: 1, denominator: 3, suppressed: true, note: "denominator below 5: value suppressed" });
    expect(text).not.toMatch(/33\.3|1 of the 3/);
    expect(text).toContain("suppressed");
  });

  it("agrees in number for a count of one", () => {
    expect(narrativeFor({ ...base, id: "cla-count", title: "Children in care", unit: "count", value: 1, numerator: 1, denominator: null, target: null }))
      .toBe("1 child was in care.");
    expect(narrativeFor({ ...base, id: "missing-episodes", title: "Missing from care episodes", unit: "count", value: 1, numerator: 1, denominator: null, target: null }))
      .toBe("1 missing episode was recorded.");
  });

  it("prints average days with the number of children", () => {
    expect(narrativeFor({ ...base, id: "adoption-a1-days", unit: "days", value: 566, numerator: 10183, denominator: 18, target: 426 }))
      .toBe("The 18 adopted children waited between entering care and moving in with their adoptive family 566 days on average, against a target of 426 days.");
  });
});
