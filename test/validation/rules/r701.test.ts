import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

// A return always has its header; the year folder is found by it.
const file = (...rows: string[]) => ({ "2026-27/DoLo.csv": csv("CHILD,DOB,DOLO_START,DOLO_END", ...rows), "2026-27/header.csv": csv("CHILD") });

describe("rule 701", () => {
  it("fails an end that is not a DD/MM/YYYY date", () => {
    expect(failuresOf("701", file("A,01/01/2010,01/05/2026,31/02/2027"))).toEqual(["2026-27/DoLo.csv:2 A"]);
  });

  it("passes an end date, and a blank end", () => {
    expect(failuresOf("701", file("A,01/01/2010,01/05/2026,01/06/2026", "B,01/01/2010,01/05/2026,"))).toEqual([]);
  });
});
