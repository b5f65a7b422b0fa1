import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2023-24/sw_episodes.csv": csv("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", ...rows) });

describe("rule SW02STG1", () => {
  it("fails an ID that does not begin SW or XX, and a blank one", () => {
    expect(failuresOf("SW02STG1", file("A,01/01/2010,AB123,01/05/2023,,MANAGE", "B,01/01/2010,,01/05/2023,,MANAGE"))).toEqual(["2023-24/sw_episodes.csv:2 A", "2023-24/sw_episodes.csv:3 B"]);
  });

  it("passes SW and XX IDs, in any case", () => {
    expect(failuresOf("SW02STG1", file("A,01/01/2010,sw123,01/05/2023,,MANAGE", "B,01/01/2010,XX,01/05/2023,,MANAGE"))).toEqual([]);
  });
});
