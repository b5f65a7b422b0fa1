import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";
import { COHORT_EPISODES } from "./cohortFixture.js";

const folder = (...rows: string[]) => ({ ...COHORT_EPISODES, "2022-23/oc2.csv": csv("CHILD,DOB,SDQ_SCORE,SDQ_REASON", ...rows) });

describe("rule 198", () => {
  it("fails a reason for no SDQ score for a child not looked after for 12 months", () => {
    expect(failuresOf("198", folder("B,01/01/2012,,SDQ1"))).toEqual(["2022-23/oc2.csv:2 B"]);
  });

  it("passes a reason for the cohort, and none", () => {
    expect(failuresOf("198", folder("A,01/01/2012,,SDQ1", "B,01/01/2012,,"))).toEqual([]);
  });
});
