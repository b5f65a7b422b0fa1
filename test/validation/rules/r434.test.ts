import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER", ...rows) });

describe("rule 434", () => {
  it("fails a change of legal status only that keeps the legal status or moves the placement", () => {
    expect(
      failuresOf("434", file("A,01/05/2022,S,C2,U1,CB1,SC1,PR1", "A,01/06/2022,L,C2,U1,CB1,SC1,PR1", "B,01/05/2022,S,V2,U1,CB1,,PR1", "B,01/06/2022,L,C2,U1,CB2,,PR1")),
    ).toEqual(["2022-23/episodes.csv:3 A", "2022-23/episodes.csv:5 B"]);
  });

  it("passes a new legal status in the same placement, blanks alike", () => {
    expect(failuresOf("434", file("A,01/05/2022,S,V2,U1,CB1,,PR1", "A,01/06/2022,L,C2,U1,CB1,,PR1"))).toEqual([]);
  });
});
