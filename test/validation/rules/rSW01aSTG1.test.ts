import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2024-25/sw_episodes.csv": csv("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", ...rows) });

describe("rule SW01aSTG1", () => {
  it("fails an episode without a start, and one begun before April 2023 without an ID", () => {
    expect(failuresOf("SW01aSTG1", file("A,01/01/2010,SW1,,,MANAGE", "B,01/01/2010,,01/03/2023,01/05/2023,"))).toEqual(["2024-25/sw_episodes.csv:2 A", "2024-25/sw_episodes.csv:3 B"]);
  });

  it("passes a later episode without an ID (SW01b's), and earlier ones with one", () => {
    expect(failuresOf("SW01aSTG1", file("A,01/01/2010,,01/05/2024,,", "B,01/01/2010,SW1,01/03/2023,01/05/2023,"))).toEqual([]);
  });
});
