import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/ad1.csv": csv("CHILD,DOB,DATE_INT", ...rows) });

describe("rule INT31", () => {
  it("fails every row of a child listed twice", () => {
    expect(failuresOf("INT31", file("A,01/01/2018,01/05/2022", "A,01/01/2018,01/05/2022"))).toEqual(["2022-23/ad1.csv:2 A", "2022-23/ad1.csv:3 A"]);
  });

  it("passes children listed once", () => {
    expect(failuresOf("INT31", file("A,01/01/2018,01/05/2022", "B,01/01/2018,01/05/2022"))).toEqual([]);
  });
});
