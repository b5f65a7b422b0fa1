import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

// A return always has its header; the year folder is found by it.
const file = (...rows: string[]) => ({ "2026-27/DoLo.csv": csv("CHILD,DOB,DOLO_START,DOLO_END", ...rows), "2026-27/header.csv": csv("CHILD") });

describe("rule 704", () => {
  it("fails an end before 1 April or after 31 March", () => {
    expect(failuresOf("704", file("A,01/01/2010,01/03/2026,31/03/2026", "B,01/01/2010,01/03/2027,01/04/2027"))).toEqual(["2026-27/DoLo.csv:2 A", "2026-27/DoLo.csv:3 B"]);
  });

  it("passes ends within the year, and one still open", () => {
    expect(failuresOf("704", file("A,01/01/2010,01/03/2026,01/04/2026", "B,01/01/2010,01/03/2027,"))).toEqual([]);
  });
});
