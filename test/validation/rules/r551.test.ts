import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,DEC,REC", ...a), "2022-23/placed_for_adoption.csv": csv("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", ...b) });

describe("rule 551", () => {
  it("fails a placement for adoption of a child with no decision, or a decision without its date", () => {
    expect(failuresOf("551", folder(["A,01/05/2022,P,E1,A5,,", "B,01/05/2022,P,E1,A3,,"], ["B,01/01/2018,,,"]))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes a decision with its date, and other placements", () => {
    expect(failuresOf("551", folder(["A,01/05/2022,P,E1,A5,,", "B,01/05/2022,P,C2,U1,,"], ["A,01/01/2018,01/04/2022,,"]))).toEqual([]);
  });
});
