import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (...rows: string[]) => ({
  "2022-23/header.csv": csv("CHILD,SEX,DOB", "A,1,01/01/2010", "B,2,02/02/2011"),
  "2022-23/reviews.csv": csv("CHILD,SEX,DOB", ...rows),
});

describe("rule INT17", () => {
  it("fails a DOB that differs from the header's", () => {
    expect(failuresOf("INT17", folder("A,1,02/01/2010"))).toEqual(["2022-23/reviews.csv:2 A"]);
  });

  it("passes the header's DOB, a blank one, and a child the header does not list", () => {
    expect(failuresOf("INT17", folder("A,1,1/1/2010", "B,2,", "C,1,05/05/2015"))).toEqual([]);
  });
});
