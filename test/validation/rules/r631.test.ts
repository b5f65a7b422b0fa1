import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/previous_permanence.csv": csv("CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM", ...rows) });

describe("rule 631", () => {
  it("fails a previous permanence option that is not a code", () => {
    expect(failuresOf("631", file("A,01/01/2010,P5,,", "B,01/01/2010,Z2,,"))).toEqual(["2022-23/previous_permanence.csv:2 A", "2022-23/previous_permanence.csv:3 B"]);
  });

  it("passes each code (in any case) and a blank", () => {
    expect(failuresOf("631", file("A,01/01/2010,p1,,", "B,01/01/2010,Z1,,", "C,01/01/2010,,,"))).toEqual([]);
  });
});
