import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/missing.csv": csv("CHILD,DOB,MISSING,MIS_START,MIS_END", ...rows) });

describe("rule 570", () => {
  it("fails a missing period starting after 31 March", () => {
    expect(failuresOf("570", file("A,01/01/2010,M,01/04/2023,"))).toEqual(["2022-23/missing.csv:2 A"]);
  });

  it("passes a start on 31 March, and a blank start", () => {
    expect(failuresOf("570", file("A,01/01/2010,M,31/03/2023,", "B,01/01/2010,M,,"))).toEqual([]);
  });
});
