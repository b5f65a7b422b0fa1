import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (year: string, header: string[], episodes: string[]) => ({
  [`${year}/header.csv`]: csv("CHILD,SEX,DOB,UPN,MOTHER", ...header),
  [`${year}/episodes.csv`]: csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...episodes),
});

describe("rule 376", () => {
  it("fails a holiday placement of more than 21 days", () => {
    expect(failuresOf("376", folder("2022-23", ["A,1,01/01/2010,UPN1,"], ["A,01/05/2022,P,C2,T3,23/05/2022,X1"]))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes 21 days", () => {
    expect(failuresOf("376", folder("2022-23", ["A,1,01/01/2010,UPN1,"], ["A,01/05/2022,P,C2,T3,22/05/2022,X1"]))).toEqual([]);
  });
});
