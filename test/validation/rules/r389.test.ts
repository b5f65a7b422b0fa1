import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (year: string, header: string[], episodes: string[]) => ({
  [`${year}/header.csv`]: csv("CHILD,SEX,DOB,UPN,MOTHER", ...header),
  [`${year}/episodes.csv`]: csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...episodes),
});

describe("rule 389", () => {
  it("fails a transfer to adult care before the 16th birthday, or without an end date", () => {
    expect(failuresOf("389", folder("2022-23", ["A,1,02/06/2006,UPN1,"], ["A,01/05/2022,S,C2,U1,01/06/2022,E7", "A,01/05/2022,S,C2,U1,,E7"]))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 A"]);
  });

  it("passes one on the birthday, and other endings", () => {
    expect(failuresOf("389", folder("2022-23", ["A,1,01/06/2006,UPN1,"], ["A,01/05/2022,S,C2,U1,01/06/2022,E7", "A,01/07/2022,S,C2,U1,,E8"]))).toEqual([]);
  });
});
