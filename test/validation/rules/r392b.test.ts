import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (episodes: string[], uasc: string[], uascLast: string[]) => ({
  "2021-22/uasc.csv": csv("CHILD,SEX,DOB,DUC", ...uascLast),
  "2022-23/episodes.csv": csv("CHILD,DECOM,LS,HOME_POST,PL_POST", ...episodes),
  "2022-23/uasc.csv": csv("CHILD,SEX,DOB,DUC", ...uasc),
  "2022-23/header.csv": csv("CHILD,SEX,DOB", "A,1,01/01/2010"),
});

describe("rule 392b", () => {
  it("fails an episode without both postcodes", () => {
    expect(failuresOf("392b", folder(["A,01/05/2022,C2,CB1 1AA,", "B,01/05/2022,C2,,"], [], []))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes both given, respite, and a child in this year's or last year's UASC table", () => {
    expect(failuresOf("392b", folder(["A,01/05/2022,C2,CB1 1AA,CB2 2BB", "B,01/05/2022,V3,,", "C,01/05/2022,C2,,", "D,01/05/2022,C2,,"], ["C,1,01/01/2005,"], ["D,1,01/01/2005,"]))).toEqual([]);
  });
});
