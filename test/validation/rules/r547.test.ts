import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc2.csv": csv("CHILD,DOB,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE", ...rows) });

describe("rule 547", () => {
  it("fails health promotion recorded with a health item blank", () => {
    expect(failuresOf("547", file("A,01/01/2010,,1,1,1,,1"))).toEqual(["2022-23/oc2.csv:2 A"]);
  });

  it("passes all four given, and no health promotion", () => {
    expect(failuresOf("547", file("A,01/01/2010,,1,1,1,1,1", "B,01/01/2010,,0,,,,"))).toEqual([]);
  });
});
