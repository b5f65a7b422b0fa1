import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2024-25/sw_episodes.csv": csv("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", ...rows) });

describe("rule SW01bSTG1", () => {
  it("fails an episode without a start, and one begun from April 2023 without ID or reason", () => {
    expect(failuresOf("SW01bSTG1", file("A,01/01/2010,SW1,,,MANAGE", "B,01/01/2010,SW1,01/04/2023,,", "C,01/01/2010,,01/05/2024,,MANAGE"))).toEqual(["2024-25/sw_episodes.csv:2 A", "2024-25/sw_episodes.csv:3 B", "2024-25/sw_episodes.csv:4 C"]);
  });

  it("passes an earlier episode without a reason, and complete later ones", () => {
    expect(failuresOf("SW01bSTG1", file("A,01/01/2010,SW1,01/03/2023,01/05/2023,", "B,01/01/2010,SW1,01/05/2024,,MANAGE"))).toEqual([]);
  });
});
