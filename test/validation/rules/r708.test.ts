import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

// A return always has its header; the year folder is found by it.
const file = (...rows: string[]) => ({ "2026-27/DoLo.csv": csv("CHILD,DOB,DOLO_START,DOLO_END", ...rows), "2026-27/header.csv": csv("CHILD") });

describe("rule 708", () => {
  it("fails a DoLO starting on or before the date of birth", () => {
    expect(failuresOf("708", file("A,01/05/2026,01/05/2026,"))).toEqual(["2026-27/DoLo.csv:2 A"]);
  });

  it("passes one after birth, and dates it cannot read", () => {
    expect(failuresOf("708", file("A,01/05/2010,02/05/2026,", "B,2026-05-01,01/04/2026,"))).toEqual([]);
  });
});
