import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";
import { COHORT_EPISODES } from "./cohortFixture.js";

const folder = (...rows: string[]) => ({ ...COHORT_EPISODES, "2022-23/oc2.csv": csv("CHILD,DOB,SDQ_SCORE,SDQ_REASON", ...rows) });

describe("rule 197B", () => {
  it("fails a child of the cohort turning 4 or 17 in the year with neither score nor reason", () => {
    expect(failuresOf("197B", folder("A,01/04/2018,,", "C,31/03/2006,,"))).toEqual(["2022-23/oc2.csv:2 A", "2022-23/oc2.csv:3 C"]);
  });

  it("passes a score or reason, other ages, and a child not in the cohort", () => {
    expect(failuresOf("197B", folder("A,01/04/2018,12,", "C,31/03/2006,,SDQ1", "A,01/01/2012,,", "B,01/04/2018,,"))).toEqual([]);
  });
});
