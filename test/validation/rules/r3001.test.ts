import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/header.csv": csv("CHILD,SEX,DOB", ...a), "2022-23/oc3.csv": csv("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", ...b) });

describe("rule 3001", () => {
  it("fails a care leaver who turned 17 in the year living with former foster carers", () => {
    expect(failuresOf("3001", folder(["A,1,01/06/2005"], ["A,01/06/2005,YES,F1,Z1"]))).toEqual(["2022-23/oc3.csv:2 A"]);
  });

  it("passes other accommodation, and a young person who turned 17 before the year", () => {
    expect(failuresOf("3001", folder(["A,1,01/06/2005", "B,1,01/03/2005"], ["A,01/06/2005,YES,F1,S1", "B,01/03/2005,YES,F1,Z2"]))).toEqual([]);
  });
});
