import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const episodes = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE,LS,CIN,PLACE,DEC,REC", ...rows) });

describe("rule 353", () => {
  it("fails an episode starting before 14 October 1991", () => {
    expect(failuresOf("353", episodes("A,13/10/1991,S,C2,N1,U1,,"))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes one starting that day", () => {
    expect(failuresOf("353", episodes("A,14/10/1991,S,C2,N1,U1,,"))).toEqual([]);
  });
});
