import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (year: string, header: string[], episodes: string[]) => ({
  [`${year}/header.csv`]: csv("CHILD,SEX,DOB,UPN,MOTHER", ...header),
  [`${year}/episodes.csv`]: csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...episodes),
});

describe("rule 370", () => {
  it("fails an ended independent-living placement begun before the 15th birthday", () => {
    expect(failuresOf("370", folder("2022-23", ["A,1,02/05/2007,UPN1,"], ["A,01/05/2022,S,C2,P2,01/06/2022,E8"]))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes one begun on the birthday, and one still open (as the DfE's tool reads it)", () => {
    expect(failuresOf("370", folder("2022-23", ["A,1,01/05/2007,UPN1,", "B,1,01/01/2010,UPN1,"], ["A,01/05/2022,S,C2,P2,01/06/2022,E8", "B,01/05/2022,S,C2,P2,,"]))).toEqual([]);
  });
});
