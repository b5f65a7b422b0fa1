import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const reviews = (...rows: string[]) => ({ "2022-23/reviews.csv": csv("CHILD,DOB,REVIEW,REVIEW_CODE", ...rows) });

describe("rule 166", () => {
  it("fails a blank REVIEW and one not written DD/MM/YYYY", () => {
    expect(failuresOf("166", reviews("A,01/01/2010,,PN1", "B,01/01/2010,2022-06-01,PN1", "C,01/01/2010,01/06/22,PN1"))).toEqual([
      "2022-23/reviews.csv:2 A", "2022-23/reviews.csv:3 B", "2022-23/reviews.csv:4 C",
    ]);
  });

  it("passes a review date", () => {
    expect(failuresOf("166", reviews("A,01/01/2010,01/06/2022,PN1"))).toEqual([]);
  });
});
