import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/header.csv": csv("CHILD,SEX,DOB,UPN", ...a), "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...b) });

describe("rule 352", () => {
  it("fails a period of care started on or after the 18th birthday", () => {
    expect(failuresOf("352", folder(["A,1,01/05/2004,"], ["A,01/05/2022,S,V2,K2,,"]))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes one started the day before, and continuing episodes", () => {
    expect(failuresOf("352", folder(["A,1,02/05/2004,", "B,1,01/05/2004,"], ["A,01/05/2022,S,V2,K2,,", "B,01/05/2022,P,V2,K2,,"]))).toEqual([]);
  });
});
