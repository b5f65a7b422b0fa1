import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/missing.csv": csv("CHILD,DOB,MISSING,MIS_START,MIS_END", ...rows) });

describe("rule 566", () => {
  it("fails an end date without MISSING", () => {
    expect(failuresOf("566", file("A,01/01/2010,,,01/05/2022"))).toEqual(["2022-23/missing.csv:2 A"]);
  });

  it("passes MISSING given, and no end date", () => {
    expect(failuresOf("566", file("A,01/01/2010,A,01/05/2022,02/05/2022", "B,01/01/2010,,,"))).toEqual([]);
  });
});
