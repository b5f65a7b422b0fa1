import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (year: string, header: string[], episodes: string[]) => ({
  [`${year}/header.csv`]: csv("CHILD,SEX,DOB,UPN,MOTHER", ...header),
  [`${year}/episodes.csv`]: csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...episodes),
});

describe("rule 387", () => {
  it("fails a move to independent living before the 14th birthday, or with no age the header gives", () => {
    expect(failuresOf("387", folder("2022-23", ["A,1,02/06/2008,UPN1,"], ["A,01/05/2022,S,C2,P2,01/06/2022,E5", "B,01/05/2022,S,C2,P2,01/06/2022,E6"]))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes one on the birthday, and an episode without an end date", () => {
    expect(failuresOf("387", folder("2022-23", ["A,1,01/06/2008,UPN1,"], ["A,01/05/2022,S,C2,P2,01/06/2022,E5", "B,01/05/2022,S,C2,P2,,E5"]))).toEqual([]);
  });
});
