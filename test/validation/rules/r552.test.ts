import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/placed_for_adoption.csv": csv("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", ...b) });

describe("rule 552", () => {
  it("fails a first placement for adoption that began before the latest decision to place; both rows", () => {
    expect(failuresOf("552", folder(["A,01/05/2022,P,E1,A5,01/06/2022,X1", "A,01/06/2022,P,E1,A6,,"], ["A,01/01/2018,01/03/2022,01/04/2022,RD1", "A,01/01/2018,10/05/2022,,"]))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/placed_for_adoption.csv:3 A"]);
  });

  it("passes a decision by that day, and later placements", () => {
    expect(failuresOf("552", folder(["A,01/05/2022,P,E1,A5,01/06/2022,X1", "A,01/06/2022,P,E1,A6,,"], ["A,01/01/2018,01/05/2022,,"]))).toEqual([]);
  });
});
