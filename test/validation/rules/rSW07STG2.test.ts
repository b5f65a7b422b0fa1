import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (year: string, ...rows: string[]) => ({ [`${year}/sw_episodes.csv`]: csv("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", ...rows) });

describe("rule SW07STG2", () => {
  it("fails an end outside the year (from 2024-25, outside the year and the one before)", () => {
    expect(failuresOf("SW07STG2", file("2023-24", "A,01/01/2010,SW1,01/03/2023,31/03/2023,MANAGE", "B,01/01/2010,SW1,01/03/2024,01/04/2024,MANAGE"))).toEqual([
      "2023-24/sw_episodes.csv:2 A", "2023-24/sw_episodes.csv:3 B",
    ]);
    expect(failuresOf("SW07STG2", file("2024-25", "A,01/01/2010,SW1,01/03/2023,31/03/2023,MANAGE"))).toEqual(["2024-25/sw_episodes.csv:2 A"]);
  });

  it("passes ends within the window, and an open episode", () => {
    expect(failuresOf("SW07STG2", file("2023-24", "A,01/01/2010,SW1,01/03/2023,01/04/2023,MANAGE", "B,01/01/2010,SW1,01/03/2024,,MANAGE"))).toEqual([]);
    expect(failuresOf("SW07STG2", file("2024-25", "A,01/01/2010,SW1,01/03/2023,01/04/2023,MANAGE"))).toEqual([]);
  });
});
