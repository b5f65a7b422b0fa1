import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,LS,DECOM,DEC", ...rows) });

describe("rule 365", () => {
  it("fails a respite episode of more than 17 days, one still open counted to 31 March", () => {
    expect(failuresOf("365", file("A,V3,01/05/2022,19/05/2022", "B,V3,01/03/2023,"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes 17 days, other legal statuses, and dates it cannot read", () => {
    expect(failuresOf("365", file("A,V3,01/05/2022,18/05/2022", "B,V4,01/05/2022,", "C,V3,01/05/2022,2022-06-30", "D,V3,,"))).toEqual([]);
  });
});
