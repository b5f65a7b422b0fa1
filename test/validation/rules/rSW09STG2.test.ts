import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2023-24/sw_episodes.csv": csv("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", ...rows) });

describe("rule SW09STG2", () => {
  it("fails an episode ending the day it began, however the date is written", () => {
    expect(failuresOf("SW09STG2", file("A,01/01/2010,SW1,01/05/2023,1/5/2023,MANAGE"))).toEqual(["2023-24/sw_episodes.csv:2 A"]);
  });

  it("passes one ending the next day, and one still open", () => {
    expect(failuresOf("SW09STG2", file("A,01/01/2010,SW1,01/05/2023,02/05/2023,MANAGE", "B,01/01/2010,SW1,01/05/2023,,MANAGE"))).toEqual([]);
  });
});
