import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";
import { COHORT_EPISODES } from "./cohortFixture.js";

const folder = (...rows: string[]) => ({ ...COHORT_EPISODES, "2022-23/oc2.csv": csv("CHILD,DOB,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE", ...rows) });

describe("rule 191", () => {
  it("fails a child of the cohort with a health item blank, and one with no OC2 row (on their first episode)", () => {
    expect(failuresOf("191", folder("A,01/01/2012,1,,1,0"))).toEqual(["2022-23/episodes.csv:4 C", "2022-23/oc2.csv:2 A"]);
  });

  it("passes the cohort with all four items, and a child outside it with none", () => {
    expect(failuresOf("191", folder("A,01/01/2012,1,1,1,0", "C,01/01/2012,0,0,0,0", "B,01/01/2012,,,,"))).toEqual([]);
  });
});
