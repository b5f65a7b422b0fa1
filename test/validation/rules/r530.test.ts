import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,PLACE,PLACE_PROVIDER", ...rows) });

describe("rule 530", () => {
  it("fails PR4 with P1 or P1", () => {
    expect(failuresOf("530", file("A,01/05/2022,S,C2,P1,PR4", "B,01/05/2022,S,C2,p1,pr4"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes another provider, another placement, and a blank provider", () => {
    expect(failuresOf("530", file("A,01/05/2022,S,C2,P1,PR0", "B,01/05/2022,S,C2,T0,PR4", "C,01/05/2022,S,C2,P1,"))).toEqual([]);
  });
});
