import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc2.csv": csv("CHILD,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED", ...rows) });

describe("rule 181", () => {
  it("fails an item other than 0 or 1", () => {
    expect(failuresOf("181", file("A,2,,,,,,,", "B,0,1,1,1,1,0,,Y"))).toEqual(["2022-23/oc2.csv:2 A", "2022-23/oc2.csv:3 B"]);
  });

  it("passes 0, 1 and blanks", () => {
    expect(failuresOf("181", file("A,0,1,1,1,1,0,,", "B,,,,,,,,"))).toEqual([]);
  });
});
