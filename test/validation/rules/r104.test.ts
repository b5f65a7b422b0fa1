import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const uasc = (...rows: string[]) => ({ "2022-23/uasc.csv": csv("CHILD,SEX,DOB,DUC", ...rows) });

describe("rule 104", () => {
  it("fails a DUC that is not a date or falls before the collection year (1 April 2022)", () => {
    expect(failuresOf("104", uasc("A,1,01/01/2006,2022-06-01", "B,1,01/01/2006,31/03/2022", "C,1,01/01/2006,01/06/22"))).toEqual([
      "2022-23/uasc.csv:2 A", "2022-23/uasc.csv:3 B", "2022-23/uasc.csv:4 C",
    ]);
  });

  it("passes a blank DUC and one on the first day of the year", () => {
    expect(failuresOf("104", uasc("A,1,01/01/2006,", "B,1,01/01/2006,01/04/2022"))).toEqual([]);
  });
});
