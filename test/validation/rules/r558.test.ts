import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/placed_for_adoption.csv": csv("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", ...b) });

describe("rule 558", () => {
  it("fails the adoption of a child with two ceased decisions", () => {
    expect(failuresOf("558", folder(["A,01/05/2022,P,E1,A5,01/09/2022,E11"], ["A,01/01/2018,01/03/2021,01/04/2021,RD1", "A,01/01/2018,01/03/2022,01/04/2022,RD1"]))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes an adoption with one ceased decision, or with one not ceased", () => {
    expect(failuresOf("558", folder(["A,01/05/2022,P,E1,A5,01/09/2022,E11", "B,01/05/2022,P,E1,A5,01/09/2022,E12"], ["A,01/01/2018,01/03/2021,01/04/2021,RD1", "B,01/01/2018,01/03/2021,01/04/2021,RD1", "B,01/01/2018,01/03/2022,,"]))).toEqual([]);
  });
});
