import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc2.csv": csv("CHILD,DOB,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE", ...rows) });

describe("rule INT33", () => {
  it("fails every row of a child listed twice", () => {
    expect(failuresOf("INT33", file("A,01/01/2010,0,0,1,1,1,0", "A,01/01/2010,0,0,1,1,1,0"))).toEqual(["2022-23/oc2.csv:2 A", "2022-23/oc2.csv:3 A"]);
  });

  it("passes children listed once", () => {
    expect(failuresOf("INT33", file("A,01/01/2010,0,0,1,1,1,0", "B,01/01/2010,0,0,1,1,1,0"))).toEqual([]);
  });
});
