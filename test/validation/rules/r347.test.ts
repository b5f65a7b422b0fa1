import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2023-24/oc3.csv": csv("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", ...rows) });

describe("rule 347", () => {
  it("fails a care leaver in a foyer who was under 18 on 1 April", () => {
    expect(failuresOf("347", file("A,02/04/2005,YES,F1,T1", "B,01/01/2006,YES,F1,t2"))).toEqual(["2023-24/oc3.csv:2 A", "2023-24/oc3.csv:3 B"]);
  });

  it("passes one who turned 18 by 1 April, and younger ones in other accommodation", () => {
    expect(failuresOf("347", file("A,01/04/2005,YES,F1,T1", "B,01/01/2006,YES,F1,S1"))).toEqual([]);
  });
});
