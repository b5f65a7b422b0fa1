import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";
import { COHORT_EPISODES } from "./cohortFixture.js";

const folder = (...rows: string[]) => ({ ...COHORT_EPISODES, "2022-23/oc2.csv": csv("CHILD,DOB,SDQ_SCORE,SDQ_REASON", ...rows) });

describe("rule 157", () => {
  it("fails a child of the cohort aged 4 to 16 with SDQ1 as the reason for no score", () => {
    expect(failuresOf("157", folder("A,01/01/2012,,SDQ1", "C,31/03/2007,,sdq1"))).toEqual(["2022-23/oc2.csv:2 A", "2022-23/oc2.csv:3 C"]);
  });

  it("passes other reasons, a score, a child past 16, and one not in the cohort", () => {
    expect(failuresOf("157", folder("A,01/01/2012,,SDQ2", "C,01/01/2012,12,SDQ1", "A,30/03/2007,,SDQ1", "B,01/01/2012,,SDQ1"))).toEqual([]);
  });
});
