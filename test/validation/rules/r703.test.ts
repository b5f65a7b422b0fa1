import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

// A return always has its header; the year folder is found by it.
const file = (...rows: string[]) => ({ "2026-27/DoLo.csv": csv("CHILD,DOB,DOLO_START,DOLO_END", ...rows), "2026-27/header.csv": csv("CHILD") });

describe("rule 703", () => {
  it("fails a DoLO starting after 31 March", () => {
    expect(failuresOf("703", file("A,01/01/2010,01/04/2027,"))).toEqual(["2026-27/DoLo.csv:2 A"]);
  });

  it("passes a start on 31 March", () => {
    expect(failuresOf("703", file("A,01/01/2010,31/03/2027,"))).toEqual([]);
  });
});
