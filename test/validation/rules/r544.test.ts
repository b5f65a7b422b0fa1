import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc2.csv": csv("CHILD,DOB,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE", ...rows) });

describe("rule 544", () => {
  it("fails a conviction recorded with a health item blank", () => {
    expect(failuresOf("544", file("A,01/01/2010,1,,1,1,1,", "B,01/01/2010,1,,,0,0,0"))).toEqual(["2022-23/oc2.csv:2 A", "2022-23/oc2.csv:3 B"]);
  });

  it("passes all four given, and no conviction", () => {
    expect(failuresOf("544", file("A,01/01/2010,1,,1,0,1,0", "B,01/01/2010,0,,,,,"))).toEqual([]);
  });
});
