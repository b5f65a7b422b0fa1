import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc3.csv": csv("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", ...rows) });

describe("rule 391", () => {
  it("fails care-leaver items for one 17 only after 31 March 2023", () => {
    expect(failuresOf("391", file("A,01/04/2006,YES,F1,B1"))).toEqual(["2022-23/oc3.csv:2 A"]);
  });

  it("passes one 17 by 31 March, a row with no items, and a DOB it cannot read", () => {
    expect(failuresOf("391", file("A,31/03/2006,YES,F1,B1", "B,01/04/2006,,,", "C,2006-04-01,YES,F1,B1"))).toEqual([]);
  });
});
