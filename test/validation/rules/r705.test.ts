import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

// A return always has its header; the year folder is found by it.
const file = (...rows: string[]) => ({ "2026-27/DoLo.csv": csv("CHILD,DOB,DOLO_START,DOLO_END", ...rows), "2026-27/header.csv": csv("CHILD") });

describe("rule 705", () => {
  it("fails a DoLO starting while the one before is open or before it ended", () => {
    expect(failuresOf("705", file("A,01/01/2010,05/05/2026,08/05/2026", "A,01/01/2010,01/05/2026,06/05/2026", "B,01/01/2010,01/05/2026,", "B,01/01/2010,03/06/2026,04/06/2026"))).toEqual(["2026-27/DoLo.csv:2 A", "2026-27/DoLo.csv:5 B"]);
  });

  it("passes DoLOs one after another", () => {
    expect(failuresOf("705", file("A,01/01/2010,01/05/2026,06/05/2026", "A,01/01/2010,06/05/2026,08/05/2026"))).toEqual([]);
  });
});
