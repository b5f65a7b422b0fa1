import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2023-24/sw_episodes.csv": csv("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", ...rows) });

describe("rule SW11aSTG2", () => {
  it("fails the episode after one ended before late March when it starts more than 5 days from that end", () => {
    expect(failuresOf("SW11aSTG2", file("A,01/01/2010,SW1,01/05/2023,01/06/2023,MANAGE", "A,01/01/2010,SW2,07/06/2023,,MANAGE", "B,01/01/2010,SW1,01/05/2023,01/06/2023,MANAGE", "B,01/01/2010,SW2,,,MANAGE"))).toEqual(["2023-24/sw_episodes.csv:3 A", "2023-24/sw_episodes.csv:5 B"]);
  });

  it("passes a next episode within 5 days, and an episode ending in the last 5 days", () => {
    expect(failuresOf("SW11aSTG2", file("A,01/01/2010,SW1,01/05/2023,01/06/2023,MANAGE", "A,01/01/2010,SW2,06/06/2023,,MANAGE", "B,01/01/2010,SW1,01/05/2023,27/03/2024,MANAGE", "B,01/01/2010,SW2,,,MANAGE"))).toEqual([]);
  });
});
