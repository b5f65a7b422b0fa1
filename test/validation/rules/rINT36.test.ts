import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/uasc.csv": csv("CHILD,SEX,DOB,DUC", ...rows) });

describe("rule INT36", () => {
  it("fails every row of a child listed twice", () => {
    expect(failuresOf("INT36", file("A,1,01/01/2005,01/01/2023", "A,1,01/01/2005,01/01/2023"))).toEqual(["2022-23/uasc.csv:2 A", "2022-23/uasc.csv:3 A"]);
  });

  it("passes children listed once", () => {
    expect(failuresOf("INT36", file("A,1,01/01/2005,01/01/2023", "B,1,01/01/2005,01/01/2023"))).toEqual([]);
  });
});
