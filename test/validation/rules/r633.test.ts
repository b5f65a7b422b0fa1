import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/previous_permanence.csv": csv("CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM", ...rows) });

describe("rule 633", () => {
  it("fails a council code that is not on the list", () => {
    expect(failuresOf("633", file("A,01/01/2010,P1,123,01/01/2015", "B,01/01/2010,P1,ENG,01/01/2015"))).toEqual(["2022-23/previous_permanence.csv:2 A", "2022-23/previous_permanence.csv:3 B"]);
  });

  it("passes an English council, one outside England, and a blank", () => {
    expect(failuresOf("633", file("A,01/01/2010,P1,873,01/01/2015", "B,01/01/2010,P1,wal,01/01/2015", "C,01/01/2010,Z1,,"))).toEqual([]);
  });
});
