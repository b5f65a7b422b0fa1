import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/header.csv": csv("CHILD,SEX,DOB,UPN", ...a), "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...b) });

describe("rule 210", () => {
  it("fails an episode starting from 24 March of a child whose UPN is UN4; with the header row", () => {
    expect(failuresOf("210", folder(["A,1,01/01/2018,UN4"], ["A,24/03/2023,S,C2,U1,,", "A,01/05/2022,S,C2,U1,24/03/2023,X1"]))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/header.csv:2 A"]);
  });

  it("passes earlier episodes, and other UPNs", () => {
    expect(failuresOf("210", folder(["A,1,01/01/2018,UN4", "B,1,01/01/2018,UN1"], ["A,23/03/2023,S,C2,U1,,", "B,30/03/2023,S,C2,U1,,"]))).toEqual([]);
  });
});
