import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc3.csv": csv("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", ...rows) });

describe("rule 344", () => {
  it("fails an activity or accommodation given (or blank) for one who died or went home", () => {
    expect(failuresOf("344", file("A,01/01/2003,DIED,F1,0", "B,01/01/2003,rhom,0,"))).toEqual(["2022-23/oc3.csv:2 A", "2022-23/oc3.csv:3 B"]);
  });

  it("passes both 0, and others in touch", () => {
    expect(failuresOf("344", file("A,01/01/2003,DIED,0,0", "B,01/01/2003,YES,F1,B1"))).toEqual([]);
  });
});
