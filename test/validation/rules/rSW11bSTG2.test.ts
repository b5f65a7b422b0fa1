import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2023-24/sw_episodes.csv": csv("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", ...rows) });

describe("rule SW11bSTG2", () => {
  it("fails a child's only episode ending in the last 5 days, a later episode ending then, and an episode after one ending then without a start", () => {
    expect(failuresOf("SW11bSTG2", file("A,01/01/2010,SW1,01/05/2023,27/03/2024,MANAGE", "B,01/01/2010,SW1,01/05/2023,01/06/2023,MANAGE", "B,01/01/2010,SW2,01/06/2023,30/03/2024,MANAGE", "C,01/01/2010,SW1,01/05/2023,28/03/2024,MANAGE", "C,01/01/2010,SW2,,,MANAGE"))).toEqual(["2023-24/sw_episodes.csv:2 A", "2023-24/sw_episodes.csv:4 B", "2023-24/sw_episodes.csv:6 C"]);
  });

  it("passes episodes ending earlier or still open", () => {
    expect(failuresOf("SW11bSTG2", file("A,01/01/2010,SW1,01/05/2023,25/03/2024,MANAGE", "B,01/01/2010,SW1,01/05/2023,01/06/2023,MANAGE", "B,01/01/2010,SW2,01/06/2023,,MANAGE"))).toEqual([]);
  });
});
