import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const reviews = (...rows: string[]) => ({ "2022-23/reviews.csv": csv("CHILD,DOB,REVIEW,REVIEW_CODE", ...rows) });

describe("rule 167", () => {
  it("fails a review without a valid participation code, and a code without a review", () => {
    expect(failuresOf("167", reviews("A,01/01/2010,01/06/2022,", "B,01/01/2010,01/06/2022,PN8", "C,01/01/2010,,PN1"))).toEqual([
      "2022-23/reviews.csv:2 A", "2022-23/reviews.csv:3 B", "2022-23/reviews.csv:4 C",
    ]);
  });

  it("passes a review with a code in any case, and a row with neither", () => {
    expect(failuresOf("167", reviews("A,01/01/2010,01/06/2022,pn0", "B,01/01/2010,,"))).toEqual([]);
  });
});
