import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/missing.csv": csv("CHILD,DOB,MISSING,MIS_START,MIS_END", ...rows) });

describe("rule 586", () => {
  it("fails a missing period starting on or before the date of birth", () => {
    expect(failuresOf("586", file("A,01/05/2022,M,01/05/2022,", "B,01/05/2022,M,01/04/2022,"))).toEqual(["2022-23/missing.csv:2 A", "2022-23/missing.csv:3 B"]);
  });

  it("passes one after birth, and dates it cannot read", () => {
    expect(failuresOf("586", file("A,01/05/2010,M,02/05/2010,", "B,2022-05-01,M,01/04/2022,"))).toEqual([]);
  });
});
