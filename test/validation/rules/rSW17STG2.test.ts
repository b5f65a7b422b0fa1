import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2025-26/sw_episodes.csv": csv("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", ...rows) });

describe("rule SW17STG2", () => {
  it("fails a child whose latest episode has ended", () => {
    expect(failuresOf("SW17STG2", file("A,01/01/2010,SW1,01/05/2025,01/06/2025,MANAGE", "A,01/01/2010,SW2,01/04/2025,,MANAGE"))).toEqual(["2025-26/sw_episodes.csv:2 A"]);
  });

  it("passes a latest episode still open", () => {
    expect(failuresOf("SW17STG2", file("A,01/01/2010,SW1,01/04/2025,01/05/2025,MANAGE", "A,01/01/2010,SW2,01/05/2025,,MANAGE"))).toEqual([]);
  });
});
