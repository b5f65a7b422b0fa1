import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (episodes: string[], workers: string[]) => ({
  "2023-24/episodes.csv": csv("CHILD,DECOM,RNE,LS,DEC,REC", ...episodes),
  "2023-24/sw_episodes.csv": csv("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", ...workers),
});

describe("rule SW01STG1", () => {
  it("fails the open episode of a child with no social-worker episode, or an incomplete one", () => {
    expect(failuresOf("SW01STG1", folder(["A,01/05/2023,S,C2,,", "B,01/05/2023,S,C2,,"], ["B,01/01/2010,SW1,01/05/2023,,"]))).toEqual([
      "2023-24/episodes.csv:2 A", "2023-24/episodes.csv:3 B",
    ]);
  });

  it("passes complete social-worker episodes, ended episodes, and respite", () => {
    expect(failuresOf("SW01STG1", folder(["A,01/05/2023,S,C2,,", "B,01/05/2023,S,C2,01/06/2023,E11", "C,01/05/2023,S,V3,,"], ["A,01/01/2010,SW1,01/05/2023,,MANAGE"]))).toEqual([]);
  });
});
