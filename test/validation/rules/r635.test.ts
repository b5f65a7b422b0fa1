import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/previous_permanence.csv": csv("CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM", ...rows) });

describe("rule 635", () => {
  it("fails a date or council of the order without the option", () => {
    expect(failuresOf("635", file("A,01/01/2010,,873,", "B,01/01/2010,,,01/01/2015"))).toEqual(["2022-23/previous_permanence.csv:2 A", "2022-23/previous_permanence.csv:3 B"]);
  });

  it("passes the option given, and none of them", () => {
    expect(failuresOf("635", file("A,01/01/2010,P1,873,01/01/2015", "B,01/01/2010,,,"))).toEqual([]);
  });
});
