import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";
import { COHORT_EPISODES } from "./cohortFixture.js";

const folder = (...rows: string[]) => ({ ...COHORT_EPISODES, "2022-23/oc2.csv": csv("CHILD,DOB,SDQ_SCORE,SDQ_REASON", ...rows) });

describe("rule 186", () => {
  it("fails a child of the cohort aged 4 to 16 with neither score nor reason", () => {
    expect(failuresOf("186", folder("A,01/04/2018,,", "C,02/04/2006,,"))).toEqual(["2022-23/oc2.csv:2 A", "2022-23/oc2.csv:3 C"]);
  });

  it("passes a score or reason, a child who turns 4 after 1 April, one who turns 17 by 31 March, and a child not in the cohort", () => {
    expect(failuresOf("186", folder("A,01/01/2012,12,", "C,01/01/2012,,SDQ2", "A,02/04/2018,,", "C,31/03/2006,,", "B,01/01/2012,,"))).toEqual([]);
  });
});
