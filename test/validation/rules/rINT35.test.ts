import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/previous_permanence.csv": csv("CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM", ...rows) });

describe("rule INT35", () => {
  it("fails every row of a child listed twice", () => {
    expect(failuresOf("INT35", file("A,01/01/2010,Z1,,", "A,01/01/2010,Z1,,"))).toEqual(["2022-23/previous_permanence.csv:2 A", "2022-23/previous_permanence.csv:3 A"]);
  });

  it("passes children listed once", () => {
    expect(failuresOf("INT35", file("A,01/01/2010,Z1,,", "B,01/01/2010,Z1,,"))).toEqual([]);
  });
});
