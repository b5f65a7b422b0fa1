import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";
import { COHORT_EPISODES } from "./cohortFixture.js";

const folder = (...rows: string[]) => ({ ...COHORT_EPISODES, "2022-23/oc2.csv": csv("CHILD,DOB,HEALTH_CHECK", ...rows) });

describe("rule 545", () => {
  it("fails a child of the cohort under 5 on 31 March without HEALTH_CHECK", () => {
    expect(failuresOf("545", folder("A,01/04/2018,"))).toEqual(["2022-23/oc2.csv:2 A"]);
  });

  it("passes HEALTH_CHECK given, a child 5 that day, and one outside the cohort", () => {
    expect(failuresOf("545", folder("A,01/04/2018,1", "C,31/03/2018,", "B,01/04/2020,"))).toEqual([]);
  });
});
