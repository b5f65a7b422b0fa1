import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (year: string, header: string[], episodes: string[]) => ({
  [`${year}/header.csv`]: csv("CHILD,SEX,DOB,UPN,MOTHER", ...header),
  [`${year}/episodes.csv`]: csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...episodes),
});

describe("rule 407", () => {
  it("fails a special guardianship order after the 18th birthday; both rows", () => {
    expect(failuresOf("407", folder("2022-23", ["A,1,01/06/2004,UPN1,"], ["A,01/05/2022,S,C2,U1,02/06/2022,E45"]))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/header.csv:2 A"]);
  });

  it("passes one on the birthday, and other endings", () => {
    expect(failuresOf("407", folder("2022-23", ["A,1,01/06/2004,UPN1,"], ["A,01/05/2022,S,C2,U1,01/06/2022,E46", "A,01/07/2022,S,C2,U1,02/07/2022,E11"]))).toEqual([]);
  });
});
