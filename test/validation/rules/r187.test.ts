import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";
import { COHORT_EPISODES } from "./cohortFixture.js";

const folder = (ad1: string[], oc3: string[]) => ({
  ...COHORT_EPISODES,
  "2022-23/ad1.csv": csv("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR", ...ad1),
  "2022-23/oc3.csv": csv("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", ...oc3),
});

describe("rule 187", () => {
  it("fails adoption or care-leaver items for a child looked after for 12 months", () => {
    expect(failuresOf("187", folder(["A,01/01/2018,01/05/2022,,,,,"], ["C,01/01/2004,YES,,"]))).toEqual(["2022-23/ad1.csv:2 A", "2022-23/oc3.csv:2 C"]);
  });

  it("passes them for a child outside the cohort, and blank rows", () => {
    expect(failuresOf("187", folder(["B,01/01/2018,01/05/2022,01/06/2022,1,1,MF,L0", "A,01/01/2018,,,,,,"], ["B,01/01/2004,YES,F1,S1"]))).toEqual([]);
  });
});
