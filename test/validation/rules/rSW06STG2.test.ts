import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2023-24/sw_episodes.csv": csv("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", ...rows) });

describe("rule SW06STG2", () => {
  it("fails a start after 31 March", () => {
    expect(failuresOf("SW06STG2", file("A,01/01/2010,SW1,01/04/2024,,MANAGE"))).toEqual(["2023-24/sw_episodes.csv:2 A"]);
  });

  it("passes a start on 31 March, and one it cannot read", () => {
    expect(failuresOf("SW06STG2", file("A,01/01/2010,SW1,31/03/2024,,MANAGE", "B,01/01/2010,SW1,2024-04-01,,MANAGE"))).toEqual([]);
  });
});
