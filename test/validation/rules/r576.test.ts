import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const COLUMNS = "CHILD,DOB,MISSING,MIS_START,MIS_END";
const folder = (last: string[], now: string[]) => ({ "2021-22/missing.csv": csv(COLUMNS, ...last), "2022-23/missing.csv": csv(COLUMNS, ...now) });

describe("rule 576", () => {
  it("fails a first missing period this year that is not last year's open one", () => {
    expect(failuresOf("576", folder(["A,01/01/2010,M,20/03/2022,"], ["A,01/01/2010,M,01/05/2022,02/05/2022", "A,01/01/2010,M,21/03/2022,02/04/2022"]))).toEqual(["2022-23/missing.csv:3 A"]);
  });

  it("passes last year's open period carried on, and periods last year that ended", () => {
    expect(failuresOf("576", folder(["A,01/01/2010,M,20/03/2022,", "B,01/01/2010,M,20/03/2022,25/03/2022"], ["A,01/01/2010,M,20/03/2022,02/04/2022", "B,01/01/2010,M,01/05/2022,"]))).toEqual([]);
  });
});
