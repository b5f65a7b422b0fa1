import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (year: string, ...rows: string[]) => ({ [`${year}/sw_episodes.csv`]: csv("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", ...rows) });

describe("rule SW10STG2", () => {
  it("fails an episode starting more than 7 days from the previous one's end, or after one still open", () => {
    expect(
      failuresOf("SW10STG2", file("2023-24", "A,01/01/2010,SW1,01/05/2023,01/06/2023,MANAGE", "A,01/01/2010,SW2,09/06/2023,,MANAGE", "B,01/01/2010,SW1,01/05/2023,,MANAGE", "B,01/01/2010,SW2,01/06/2023,,MANAGE")),
    ).toEqual(["2023-24/sw_episodes.csv:3 A", "2023-24/sw_episodes.csv:5 B"]);
    expect(failuresOf("SW10STG2", file("2024-25", "A,01/01/2010,SW1,01/05/2024,01/06/2024,MANAGE", "A,01/01/2010,SW2,20/06/2024,,LEFTRL"))).toEqual(["2024-25/sw_episodes.csv:3 A"]);
  });

  it("passes a start within 7 days either side, and from 2024-25 a change for family contact", () => {
    expect(failuresOf("SW10STG2", file("2023-24", "A,01/01/2010,SW1,01/05/2023,01/06/2023,MANAGE", "A,01/01/2010,SW2,08/06/2023,,MANAGE", "B,01/01/2010,SW1,01/05/2023,08/06/2023,MANAGE", "B,01/01/2010,SW2,01/06/2023,,MANAGE"))).toEqual([]);
    expect(failuresOf("SW10STG2", file("2024-25", "A,01/01/2010,SW1,01/05/2024,01/06/2024,MANAGE", "A,01/01/2010,SW2,20/06/2024,,FCONTA"))).toEqual([]);
  });
});
