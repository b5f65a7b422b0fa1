import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/reviews.csv": csv("CHILD,DOB,REVIEW,REVIEW_CODE", ...rows) });

describe("rule 441", () => {
  it("fails PN1–PN7 before the 4th birthday", () => {
    expect(failuresOf("441", file("A,01/01/2018,31/12/2021,PN1", "B,01/01/2018,31/12/2021,PN7"))).toEqual(["2022-23/reviews.csv:2 A", "2022-23/reviews.csv:3 B"]);
  });

  it("passes on the birthday, PN0, and dates it cannot read", () => {
    expect(failuresOf("441", file("A,01/01/2018,01/01/2022,PN1", "B,01/01/2018,31/12/2021,PN0", "C,01/01/2018,2021-12-31,PN1"))).toEqual([]);
  });
});
