import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/ad1.csv": csv("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR", ...b) });

describe("rule 601", () => {
  it("fails a child adopted in the year with an AD1 item blank; both rows", () => {
    expect(failuresOf("601", folder(["A,01/05/2022,P,E1,A5,01/09/2022,E11"], ["A,01/01/2018,01/03/2022,01/04/2022,1,2,,L0"]))).toEqual(["2022-23/ad1.csv:2 A", "2022-23/episodes.csv:2 A"]);
  });

  it("passes complete AD1 items, and an adoption before the year", () => {
    expect(failuresOf("601", folder(["A,01/05/2022,P,E1,A5,01/09/2022,E11", "B,01/05/2021,P,E1,A5,01/09/2021,E11"], ["A,01/01/2018,01/03/2022,01/04/2022,1,2,MF,L0", "B,01/01/2018,,,,,,"]))).toEqual([]);
  });
});
