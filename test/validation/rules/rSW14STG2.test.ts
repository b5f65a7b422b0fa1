import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2023-24/sw_episodes.csv": csv("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", ...rows) });

describe("rule SW14STG2", () => {
  it("fails an episode without an end before the child's latest (one without a start sorts last)", () => {
    expect(failuresOf("SW14STG2", file("A,01/01/2010,SW1,01/06/2023,,MANAGE", "A,01/01/2010,SW2,01/05/2023,,MANAGE", "B,01/01/2010,SW1,,,MANAGE", "B,01/01/2010,SW2,01/06/2023,,MANAGE"))).toEqual(["2023-24/sw_episodes.csv:3 A", "2023-24/sw_episodes.csv:5 B"]);
  });

  it("passes ended earlier episodes and an open latest one", () => {
    expect(failuresOf("SW14STG2", file("A,01/01/2010,SW1,01/05/2023,01/06/2023,MANAGE", "A,01/01/2010,SW2,01/06/2023,,MANAGE"))).toEqual([]);
  });
});
