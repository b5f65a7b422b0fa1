import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (year: string, header: string[], episodes: string[]) => ({
  [`${year}/header.csv`]: csv("CHILD,SEX,DOB,UPN,MOTHER", ...header),
  [`${year}/episodes.csv`]: csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...episodes),
});

describe("rule 460", () => {
  it("fails staying put before the 18th birthday", () => {
    expect(failuresOf("460", folder("2022-23", ["A,1,02/06/2004,UPN1,"], ["A,01/05/2022,S,C2,U1,01/06/2022,E17"]))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes staying put on the birthday, and dates it cannot read", () => {
    expect(failuresOf("460", folder("2022-23", ["A,1,01/06/2004,UPN1,", "B,1,,UPN1,"], ["A,01/05/2022,S,C2,U1,01/06/2022,E17", "B,01/05/2022,S,C2,U1,01/06/2022,E17"]))).toEqual([]);
  });
});
