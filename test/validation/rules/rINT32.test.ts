import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/header.csv": csv("CHILD,SEX,DOB,UPN,MOTHER,MC_DOB", ...rows) });

describe("rule INT32", () => {
  it("fails every row of a child listed twice", () => {
    expect(failuresOf("INT32", file("A,1,01/01/2010,,,", "B,1,01/01/2010,,,", "A,1,01/01/2010,,,"))).toEqual(["2022-23/header.csv:2 A", "2022-23/header.csv:4 A"]);
  });

  it("passes children listed once", () => {
    expect(failuresOf("INT32", file("A,1,01/01/2010,,,", "B,1,01/01/2010,,,"))).toEqual([]);
  });
});
