import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (year: string, episodes: string[], workers: string[]) => ({
  [`${year}/episodes.csv`]: csv("CHILD,DECOM,RNE,LS,DEC,REC", ...episodes),
  [`${year}/sw_episodes.csv`]: csv("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", ...workers),
});

describe("rule SW12STG2", () => {
  it("fails an episode of a child with no social worker, or with one who started neither by its end nor from its start", () => {
    expect(
      failuresOf("SW12STG2", folder("2023-24", ["A,01/05/2023,S,C2,,", "B,01/05/2023,S,C2,,"], ["B,01/01/2010,SW1,01/04/2023,,MANAGE"])),
    ).toEqual(["2023-24/episodes.csv:2 A", "2023-24/episodes.csv:3 B"]);
  });

  it("passes social workers from the start of a period, by the end of an ended episode, and from 2024-25 episodes ended before the window", () => {
    expect(
      failuresOf("SW12STG2", folder("2023-24", ["A,01/05/2023,S,C2,,", "B,01/05/2023,P,C2,01/06/2023,E11", "C,01/05/2023,S,V3,,"], ["A,01/01/2010,SW1,01/05/2023,,MANAGE", "B,01/01/2010,SW1,01/04/2023,,MANAGE"])),
    ).toEqual([]);
    expect(failuresOf("SW12STG2", folder("2024-25", ["A,01/05/2022,S,C2,31/03/2023,E11"], []))).toEqual([]);
  });
});
