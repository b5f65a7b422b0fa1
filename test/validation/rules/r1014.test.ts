import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (episodes: string[], uasc: string[], oc3: string[]) => ({
  "2022-23/episodes.csv": csv("CHILD,DECOM,DEC", ...episodes),
  "2022-23/uasc.csv": csv("CHILD,SEX,DOB,DUC", ...uasc),
  "2022-23/oc3.csv": csv("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", ...oc3),
});

describe("rule 1014", () => {
  it("fails UASC information for a care leaver whose episodes are all before the year; both rows", () => {
    expect(failuresOf("1014", folder(["A,01/05/2020,01/06/2021"], ["A,1,01/01/2004,01/01/2022"], ["A,01/01/2004,YES,F1,S1"]))).toEqual(["2022-23/oc3.csv:2 A", "2022-23/uasc.csv:2 A"]);
  });

  it("passes a child with an episode in the year, and one without care-leaver items", () => {
    expect(failuresOf("1014", folder(["A,01/05/2020,01/06/2022", "B,01/05/2020,01/06/2021"], ["A,1,01/01/2004,", "B,1,01/01/2004,"], ["A,01/01/2004,YES,F1,S1", "B,01/01/2004,,,"]))).toEqual([]);
  });
});
