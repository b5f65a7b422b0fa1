import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/missing.csv": csv("CHILD,DOB,MISSING,MIS_START,MIS_END", ...rows) });

describe("rule 564", () => {
  it("fails a missing or away row without a start date", () => {
    expect(failuresOf("564", file("A,01/01/2010,M,,", "B,01/01/2010,a,,"))).toEqual(["2022-23/missing.csv:2 A", "2022-23/missing.csv:3 B"]);
  });

  it("passes a start date given, and a row that is neither", () => {
    expect(failuresOf("564", file("A,01/01/2010,M,01/05/2022,", "B,01/01/2010,,,"))).toEqual([]);
  });
});
