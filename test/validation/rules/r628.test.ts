import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (header: string[], episodes: string[], oc3: string[]) => ({
  "2022-23/header.csv": csv("CHILD,SEX,DOB,MOTHER", ...header),
  "2022-23/episodes.csv": csv("CHILD,DECOM,LS", ...episodes),
  "2022-23/oc3.csv": csv("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", ...oc3),
});

describe("rule 628", () => {
  it("fails MOTHER for a care leaver not looked after in the year", () => {
    expect(failuresOf("628", folder(["A,2,01/01/2004,0"], [], ["A,01/01/2004,YES,F1,S1"]))).toEqual(["2022-23/header.csv:2 A"]);
  });

  it("passes a care leaver with episodes, one without MOTHER, and a child with no OC3 items", () => {
    expect(failuresOf("628", folder(["A,2,01/01/2004,0", "B,2,01/01/2004,", "C,2,01/01/2004,1"], ["A,01/05/2022,C2"], ["A,01/01/2004,YES,F1,S1", "B,01/01/2004,YES,F1,S1", "C,01/01/2004,,,"]))).toEqual([]);
  });
});
