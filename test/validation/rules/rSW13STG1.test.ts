import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (year: string, ...rows: string[]) => ({ [`${year}/sw_episodes.csv`]: csv("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", ...rows) });

describe("rule SW13STG1", () => {
  it("fails a reason that is not a code; a blank one in 2023-24, and from 2024-25 for an episode begun from April 2023", () => {
    expect(failuresOf("SW13STG1", file("2023-24", "A,01/01/2010,SW1,01/05/2023,,BOSSY", "B,01/01/2010,SW1,01/03/2023,,"))).toEqual(["2023-24/sw_episodes.csv:2 A", "2023-24/sw_episodes.csv:3 B"]);
    expect(failuresOf("SW13STG1", file("2024-25", "A,01/01/2010,SW1,01/05/2024,,BOSSY", "B,01/01/2010,SW1,01/04/2023,,"))).toEqual(["2024-25/sw_episodes.csv:2 A", "2024-25/sw_episodes.csv:3 B"]);
  });

  it("passes the codes in any case, and from 2024-25 a blank reason for an episode begun before April 2023", () => {
    expect(failuresOf("SW13STG1", file("2023-24", "A,01/01/2010,SW1,01/05/2023,,manage", "B,01/01/2010,SW1,01/05/2023,,OTHERS"))).toEqual([]);
    expect(failuresOf("SW13STG1", file("2024-25", "A,01/01/2010,SW1,31/03/2023,,", "B,01/01/2010,SW1,01/05/2024,,FCONTA"))).toEqual([]);
  });
});
