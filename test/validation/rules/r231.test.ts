import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2024-25/header.csv": csv("CHILD,SEX,DOB,UASC_STATUS", ...rows) });

describe("rule 231", () => {
  it("fails an unaccompanied asylum-seeking child born less than 11 years before 31 March", () => {
    expect(failuresOf("231", file("A,M,01/04/2014,1"))).toEqual(["2024-25/header.csv:2 A"]);
  });

  it("passes one born 11 years before to the day, and a younger child who is not UASC", () => {
    expect(failuresOf("231", file("A,M,31/03/2014,1", "B,M,01/04/2020,0"))).toEqual([]);
  });
});
