import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const COLUMNS = "CHILD,DOB,DOLO_START,DOLO_END";
// A return always has its header; the year folders are found by it.
const folder = (last: string[], now: string[]) => ({
  "2025-26/DoLo.csv": csv(COLUMNS, ...last), "2025-26/header.csv": csv("CHILD"),
  "2026-27/DoLo.csv": csv(COLUMNS, ...now), "2026-27/header.csv": csv("CHILD"),
});

describe("rule 706", () => {
  it("fails last year's open DoLO with no DoLO of the same start this year (last year's row)", () => {
    expect(failuresOf("706", folder(["A,01/01/2012,01/03/2026,"], ["A,01/01/2012,02/03/2026,"]))).toEqual(["2025-26/DoLo.csv:2 A"]);
  });

  it("passes the DoLO carried on (however the date is written), and last year's ended DoLOs", () => {
    expect(failuresOf("706", folder(["A,01/01/2012,01/03/2026,", "B,01/01/2012,01/03/2026,10/03/2026"], ["A,01/01/2012,1/3/2026,"]))).toEqual([]);
  });
});
