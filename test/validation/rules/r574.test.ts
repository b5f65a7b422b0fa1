import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/missing.csv": csv("CHILD,DOB,MISSING,MIS_START,MIS_END", ...rows) });

describe("rule 574", () => {
  it("fails a period starting while the one before is open or before it ended, in date order whatever the file order", () => {
    expect(failuresOf("574", file("A,01/01/2010,M,05/05/2022,08/05/2022", "A,01/01/2010,M,01/05/2022,06/05/2022", "B,01/01/2010,M,01/05/2022,", "B,01/01/2010,M,03/06/2022,04/06/2022"))).toEqual(["2022-23/missing.csv:2 A", "2022-23/missing.csv:5 B"]);
  });

  it("passes periods one after another (one may start the day the last ended), and other children", () => {
    expect(failuresOf("574", file("A,01/01/2010,M,01/05/2022,06/05/2022", "A,01/01/2010,M,06/05/2022,08/05/2022", "B,01/01/2010,M,01/05/2022,"))).toEqual([]);
  });
});
