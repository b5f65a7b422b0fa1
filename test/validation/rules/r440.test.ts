import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/reviews.csv": csv("CHILD,DOB,REVIEW,REVIEW_CODE", ...rows) });

describe("rule 440", () => {
  it("fails PN0 after the 4th birthday", () => {
    expect(failuresOf("440", file("A,01/01/2018,02/01/2022,PN0", "B,01/01/2018,02/01/2022,pn0"))).toEqual(["2022-23/reviews.csv:2 A", "2022-23/reviews.csv:3 B"]);
  });

  it("passes PN0 on the birthday, other codes, and dates it cannot read", () => {
    expect(failuresOf("440", file("A,01/01/2018,01/01/2022,PN0", "B,01/01/2018,02/01/2022,PN1", "C,2018-01-01,02/01/2022,PN0"))).toEqual([]);
  });
});
