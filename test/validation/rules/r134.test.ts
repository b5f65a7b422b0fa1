import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/ad1.csv": csv("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR", ...a), "2022-23/oc3.csv": csv("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", ...b) });

describe("rule 134", () => {
  it("fails adoption items for a care leaver with OC3 items", () => {
    expect(failuresOf("134", folder(["A,01/01/2004,01/03/2022,,,,,"], ["A,01/01/2004,YES,F1,S1"]))).toEqual(["2022-23/ad1.csv:2 A"]);
  });

  it("passes a care leaver without adoption items, and adoption items for a child not leaving care", () => {
    expect(failuresOf("134", folder(["A,01/01/2004,,,,,,", "B,01/01/2018,01/03/2022,,,,,"], ["A,01/01/2004,YES,F1,S1", "B,01/01/2018,,,"]))).toEqual([]);
  });
});
