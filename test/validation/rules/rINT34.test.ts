import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc3.csv": csv("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", ...rows) });

describe("rule INT34", () => {
  it("fails every row of a child listed twice", () => {
    expect(failuresOf("INT34", file("A,01/01/2004,YES,F1,S1", "A,01/01/2004,YES,F1,S1"))).toEqual(["2022-23/oc3.csv:2 A", "2022-23/oc3.csv:3 A"]);
  });

  it("passes children listed once", () => {
    expect(failuresOf("INT34", file("A,01/01/2004,YES,F1,S1", "B,01/01/2004,YES,F1,S1"))).toEqual([]);
  });
});
