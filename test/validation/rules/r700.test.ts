import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

// A return always has its header; the year folder is found by it.
const file = (...rows: string[]) => ({ "2026-27/DoLo.csv": csv("CHILD,DOB,DOLO_START,DOLO_END", ...rows), "2026-27/header.csv": csv("CHILD") });

describe("rule 700", () => {
  it("fails a start that is blank or not a DD/MM/YYYY date", () => {
    expect(failuresOf("700", file("A,01/01/2010,,", "B,01/01/2010,2026-05-01,"))).toEqual(["2026-27/DoLo.csv:2 A", "2026-27/DoLo.csv:3 B"]);
  });

  it("passes a start date", () => {
    expect(failuresOf("700", file("A,01/01/2010,1/5/2026,"))).toEqual([]);
  });
});
