import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/missing.csv": csv("CHILD,DOB,MISSING,MIS_START,MIS_END", ...rows) });

describe("rule 567", () => {
  it("fails a missing period that ends before it started", () => {
    expect(failuresOf("567", file("A,01/01/2010,M,02/05/2022,01/05/2022"))).toEqual(["2022-23/missing.csv:2 A"]);
  });

  it("passes one that ends the day it started, one still open, and dates it cannot read", () => {
    expect(failuresOf("567", file("A,01/01/2010,M,01/05/2022,01/05/2022", "B,01/01/2010,M,01/05/2022,", "C,01/01/2010,M,2022-05-02,01/05/2022"))).toEqual([]);
  });
});
