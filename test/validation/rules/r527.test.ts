import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER", ...rows) });

describe("rule 527", () => {
  it("fails PR1 with P1 or R5", () => {
    expect(failuresOf("527", file("A,01/05/2022,S,C2,P1,PR1", "B,01/05/2022,S,C2,r5,pr1"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes another provider, another placement, and a blank provider", () => {
    expect(failuresOf("527", file("A,01/05/2022,S,C2,P1,PR0", "B,01/05/2022,S,C2,T0,PR1", "C,01/05/2022,S,C2,P1,"))).toEqual([]);
  });
});
