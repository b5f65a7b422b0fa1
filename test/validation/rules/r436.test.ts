import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER", ...rows) });

describe("rule 436", () => {
  it("fails a change of both that keeps the legal status or the placement (blanks alike)", () => {
    expect(
      failuresOf("436", file("A,01/05/2022,S,C2,U1,CB1,SC1,PR1", "A,01/06/2022,U,C2,U2,CB2,SC2,PR1", "B,01/05/2022,S,V2,U1,CB1,,PR1", "B,01/06/2022,B,C2,U1,CB1,,PR1")),
    ).toEqual(["2022-23/episodes.csv:3 A", "2022-23/episodes.csv:5 B"]);
  });

  it("passes a new legal status in a new placement", () => {
    expect(failuresOf("436", file("A,01/05/2022,S,V2,U1,CB1,SC1,PR1", "A,01/06/2022,B,C2,U1,CB1,SC2,PR1"))).toEqual([]);
  });
});
