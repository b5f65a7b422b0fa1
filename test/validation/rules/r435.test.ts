import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER", ...rows) });

describe("rule 435", () => {
  it("fails a change of placement only that changes the legal status or keeps the placement", () => {
    expect(
      failuresOf("435", file("A,01/05/2022,S,V2,U1,CB1,SC1,PR1", "A,01/06/2022,P,C2,U2,CB2,SC2,PR1", "B,01/05/2022,S,C2,U1,CB1,SC1,PR1", "B,01/06/2022,T,C2,U1,CB1,SC1,PR1")),
    ).toEqual(["2022-23/episodes.csv:3 A", "2022-23/episodes.csv:5 B"]);
  });

  it("passes the same legal status in a new placement, a blank URN counting as a change", () => {
    expect(failuresOf("435", file("A,01/05/2022,S,C2,U1,CB1,SC1,PR1", "A,01/06/2022,P,C2,U2,CB2,SC2,PR1", "B,01/05/2022,S,C2,U1,CB1,,PR1", "B,01/06/2022,P,C2,U1,CB1,,PR1"))).toEqual([]);
  });
});
