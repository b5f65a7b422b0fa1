import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (header: string[], episodes: string[], reviews: string[]) => ({
  "2022-23/header.csv": csv("CHILD,SEX,DOB,MOTHER", ...header),
  "2022-23/episodes.csv": csv("CHILD,DECOM,LS", ...episodes),
  "2022-23/reviews.csv": csv("CHILD,DOB,REVIEW,REVIEW_CODE", ...reviews),
});

describe("rule 399", () => {
  it("fails MOTHER or a review for a child only in respite care: the episodes with the rows that give them", () => {
    expect(failuresOf("399", folder(["A,2,01/01/2008,0", "B,1,01/01/2010,"], ["A,01/05/2022,V3", "A,01/06/2022,V4", "B,01/05/2022,V3"], ["B,01/01/2010,01/06/2022,PN1"]))).toEqual([
      "2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 A", "2022-23/episodes.csv:4 B", "2022-23/header.csv:2 A", "2022-23/header.csv:3 B", "2022-23/reviews.csv:2 B",
    ]);
  });

  it("passes a child with any episode outside respite, and a respite child without them", () => {
    expect(failuresOf("399", folder(["A,2,01/01/2008,0", "B,1,01/01/2010,"], ["A,01/05/2022,V3", "A,01/06/2022,C2", "B,01/05/2022,V3"], ["A,01/01/2008,01/06/2022,PN1"]))).toEqual([]);
  });
});
