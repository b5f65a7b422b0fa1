import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";
import { COHORT_EPISODES } from "./cohortFixture.js";

const folder = (...rows: string[]) => ({ ...COHORT_EPISODES, "2022-23/oc2.csv": csv("CHILD,DOB,CONVICTED", ...rows) });

describe("rule 543", () => {
  it("fails a child of the cohort past their 10th birthday on 31 March without CONVICTED", () => {
    expect(failuresOf("543", folder("A,30/03/2013,"))).toEqual(["2022-23/oc2.csv:2 A"]);
  });

  it("passes CONVICTED given, a child 10 that day, and one outside the cohort", () => {
    expect(failuresOf("543", folder("A,01/01/2010,0", "C,31/03/2013,", "B,01/01/2010,"))).toEqual([]);
  });
});
