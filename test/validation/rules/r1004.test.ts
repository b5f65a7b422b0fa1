import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const missing = (...rows: string[]) => ({ "2022-23/missing.csv": csv("CHILD,DOB,MISSING,MIS_START,MIS_END", ...rows) });

describe("rule 1004", () => {
  it("fails a blank MIS_START and one not written DD/MM/YYYY", () => {
    expect(failuresOf("1004", missing("A,01/01/2010,M,,", "B,01/01/2010,M,2022-06-01,"))).toEqual([
      "2022-23/missing.csv:2 A", "2022-23/missing.csv:3 B",
    ]);
  });

  it("passes a start date", () => {
    expect(failuresOf("1004", missing("A,01/01/2010,M,01/06/2022,"))).toEqual([]);
  });
});
