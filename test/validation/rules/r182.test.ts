import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc2.csv": csv("CHILD,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED", ...rows) });

describe("rule 182", () => {
  it("fails a missing health item beside a completed record", () => {
    expect(failuresOf("182", file("A,0,1,,1,1,0,,"))).toEqual(["2022-23/oc2.csv:2 A"]);
  });

  it("passes a complete record, and one with nothing given", () => {
    expect(failuresOf("182", file("A,0,1,1,1,1,0,,", "B,,,,,,,,", "C,,,,1,,,,"))).toEqual([]);
  });
});
