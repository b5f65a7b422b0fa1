import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";
import { COHORT_EPISODES } from "./cohortFixture.js";

const folder = (...rows: string[]) => ({ ...COHORT_EPISODES, "2022-23/oc2.csv": csv("CHILD,DOB,HEALTH_CHECK", ...rows) });

describe("rule 546", () => {
  it("fails HEALTH_CHECK for a child of the cohort aged 5 or over on 31 March", () => {
    expect(failuresOf("546", folder("A,31/03/2018,1"))).toEqual(["2022-23/oc2.csv:2 A"]);
  });

  it("passes a younger child, a blank item, and a child outside the cohort", () => {
    expect(failuresOf("546", folder("A,01/04/2018,1", "C,01/01/2010,", "B,01/01/2010,1"))).toEqual([]);
  });
});
