import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";
import { COHORT_EPISODES } from "./cohortFixture.js";

const folder = (...rows: string[]) => ({ ...COHORT_EPISODES, "2022-23/oc2.csv": csv("CHILD,DOB,SDQ_SCORE,SDQ_REASON", ...rows) });

describe("rule 185", () => {
  it("fails an SDQ score for a child not looked after for 12 months", () => {
    expect(failuresOf("185", folder("B,01/01/2012,12,"))).toEqual(["2022-23/oc2.csv:2 B"]);
  });

  it("passes a score for the cohort, and no score", () => {
    expect(failuresOf("185", folder("A,01/01/2012,12,", "B,01/01/2012,,"))).toEqual([]);
  });
});
