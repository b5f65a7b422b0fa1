import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2023-24/sw_episodes.csv": csv("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", ...rows) });

describe("rule SW03STG1", () => {
  it("fails an episode without its ID, start or reason", () => {
    expect(failuresOf("SW03STG1", file("A,01/01/2010,,01/05/2023,,MANAGE", "B,01/01/2010,SW1,,,MANAGE", "C,01/01/2010,SW1,01/05/2023,,"))).toEqual(["2023-24/sw_episodes.csv:2 A", "2023-24/sw_episodes.csv:3 B", "2023-24/sw_episodes.csv:4 C"]);
  });

  it("passes an episode with all three", () => {
    expect(failuresOf("SW03STG1", file("A,01/01/2010,SW1,01/05/2023,,MANAGE"))).toEqual([]);
  });
});
