import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/ad1.csv": csv("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE", ...b) });

describe("rule 335", () => {
  it("fails FOSTER_CARE 0 after A2, A3 or A5 and 1 after A1, A4 or A6, for an adoption; both rows", () => {
    expect(failuresOf("335", folder(["A,01/05/2022,P,E1,A3,01/09/2022,E11", "B,01/05/2022,P,E1,A4,01/09/2022,E12"], ["A,01/01/2018,01/03/2022,01/04/2022,0", "B,01/01/2018,01/03/2022,01/04/2022,1"]))).toEqual(["2022-23/ad1.csv:2 A", "2022-23/ad1.csv:3 B", "2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes agreeing values, and placements not ending in adoption", () => {
    expect(failuresOf("335", folder(["A,01/05/2022,P,E1,A3,01/09/2022,E11", "B,01/05/2022,P,E1,A4,01/09/2022,E12", "C,01/05/2022,P,E1,A3,,"], ["A,01/01/2018,01/03/2022,01/04/2022,1", "B,01/01/2018,01/03/2022,01/04/2022,0", "C,01/01/2018,01/03/2022,01/04/2022,0"]))).toEqual([]);
  });
});
