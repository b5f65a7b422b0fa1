import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER", ...rows) });

describe("rule 529", () => {
  it("fails PR3 with A3 or U6", () => {
    expect(failuresOf("529", file("A,01/05/2022,S,C2,A3,PR3", "B,01/05/2022,S,C2,u6,pr3"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes another provider, another placement, and a blank provider", () => {
    expect(failuresOf("529", file("A,01/05/2022,S,C2,A3,PR0", "B,01/05/2022,S,C2,T0,PR3", "C,01/05/2022,S,C2,A3,"))).toEqual([]);
  });
});
