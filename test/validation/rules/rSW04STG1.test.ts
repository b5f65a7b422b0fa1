import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2023-24/sw_episodes.csv": csv("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", ...rows) });

describe("rule SW04STG1", () => {
  it("fails a start that is not a DD/MM/YYYY date", () => {
    expect(failuresOf("SW04STG1", file("A,01/01/2010,SW1,2023-05-01,,MANAGE"))).toEqual(["2023-24/sw_episodes.csv:2 A"]);
  });

  it("passes a date, one with ZZ for an unknown day, and a blank", () => {
    expect(failuresOf("SW04STG1", file("A,01/01/2010,SW1,1/5/2023,,MANAGE", "B,01/01/2010,SW1,,,MANAGE", "C,01/01/2010,SW1,zz/05/2023,,MANAGE"))).toEqual([]);
  });
});
