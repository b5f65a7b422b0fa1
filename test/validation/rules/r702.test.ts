import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

// A return always has its header; the year folder is found by it.
const file = (...rows: string[]) => ({ "2026-27/DoLo.csv": csv("CHILD,DOB,DOLO_START,DOLO_END", ...rows), "2026-27/header.csv": csv("CHILD") });

describe("rule 702", () => {
  it("fails a DoLO ending on or before the day it started", () => {
    expect(failuresOf("702", file("A,01/01/2010,01/05/2026,01/05/2026", "B,01/01/2010,01/05/2026,30/04/2026"))).toEqual(["2026-27/DoLo.csv:2 A", "2026-27/DoLo.csv:3 B"]);
  });

  it("passes one ending later, and one still open", () => {
    expect(failuresOf("702", file("A,01/01/2010,01/05/2026,02/05/2026", "B,01/01/2010,01/05/2026,"))).toEqual([]);
  });
});
