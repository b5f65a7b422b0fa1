import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";
import { COHORT_EPISODES } from "./cohortFixture.js";

const folder = (...rows: string[]) => ({ ...COHORT_EPISODES, "2022-23/oc2.csv": csv("CHILD,DOB,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED", ...rows) });

describe("rule 190", () => {
  it("fails an OC2 item for a child not looked after for 12 months", () => {
    expect(failuresOf("190", folder("B,01/01/2012,,,,1,,,,"))).toEqual(["2022-23/oc2.csv:2 B"]);
  });

  it("passes items for the cohort, and a blank row", () => {
    expect(failuresOf("190", folder("A,01/01/2012,0,1,1,1,1,0,,", "B,01/01/2012,,,,,,,,"))).toEqual([]);
  });
});
