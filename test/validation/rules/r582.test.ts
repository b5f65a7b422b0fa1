import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/ad1.csv": csv("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR", ...b) });

describe("rule 582", () => {
  it("fails an adoption ending the day the child was matched, however the date is written", () => {
    expect(failuresOf("582", folder(["A,01/05/2022,P,E1,A5,01/09/2022,E11"], ["A,01/01/2018,01/03/2022,1/9/2022,1,2,MF,L0"]))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes a match before that day, and other endings", () => {
    expect(failuresOf("582", folder(["A,01/05/2022,P,E1,A5,01/09/2022,E11", "B,01/05/2022,P,E1,A5,01/09/2022,E13"], ["A,01/01/2018,01/03/2022,31/08/2022,1,2,MF,L0", "B,01/01/2018,01/03/2022,01/09/2022,1,2,MF,L0"]))).toEqual([]);
  });
});
