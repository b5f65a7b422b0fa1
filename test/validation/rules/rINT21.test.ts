import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (...rows: string[]) => ({
  "2022-23/header.csv": csv("CHILD,SEX,DOB", "A,1,01/01/2010", "B,2,02/02/2011"),
  "2022-23/uasc.csv": csv("CHILD,SEX,DOB", ...rows),
});

describe("rule INT21", () => {
  it("fails a SEX that differs from the header's", () => {
    expect(failuresOf("INT21", folder("A,2,01/01/2010"))).toEqual(["2022-23/uasc.csv:2 A"]);
  });

  it("passes the header's SEX, a blank one, and a child the header does not list", () => {
    expect(failuresOf("INT21", folder("A,1,01/01/2010", "B,,02/02/2011", "C,2,05/05/2015"))).toEqual([]);
  });
});
