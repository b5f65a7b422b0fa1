import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/ad1.csv": csv("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE", ...b) });

describe("rule 331", () => {
  it("fails a match with the adopters after the adoption episode began; both rows", () => {
    expect(failuresOf("331", folder(["A,01/05/2022,P,E1,A5,01/09/2022,E11"], ["A,01/01/2018,01/03/2022,02/05/2022,1"]))).toEqual(["2022-23/ad1.csv:2 A", "2022-23/episodes.csv:2 A"]);
  });

  it("passes a match on or before, and episodes not ending in adoption", () => {
    expect(failuresOf("331", folder(["A,01/05/2022,P,E1,A5,01/09/2022,E11", "B,01/05/2022,P,E1,A5,01/09/2022,E13"], ["A,01/01/2018,01/03/2022,01/05/2022,1", "B,01/01/2018,01/03/2022,02/05/2022,1"]))).toEqual([]);
  });
});
