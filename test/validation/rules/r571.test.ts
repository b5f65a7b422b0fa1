import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/missing.csv": csv("CHILD,DOB,MISSING,MIS_START,MIS_END", ...rows) });

describe("rule 571", () => {
  it("fails an end before 1 April or after 31 March", () => {
    expect(failuresOf("571", file("A,01/01/2010,M,01/03/2022,31/03/2022", "B,01/01/2010,M,01/03/2023,01/04/2023"))).toEqual(["2022-23/missing.csv:2 A", "2022-23/missing.csv:3 B"]);
  });

  it("passes ends within the year, and a period still open", () => {
    expect(failuresOf("571", file("A,01/01/2010,M,01/03/2022,01/04/2022", "B,01/01/2010,M,01/03/2023,31/03/2023", "C,01/01/2010,M,01/03/2023,"))).toEqual([]);
  });
});
