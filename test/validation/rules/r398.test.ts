import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,LS,HOME_POST,PL_POST", ...rows) });

describe("rule 398", () => {
  it("fails a postcode given for a child in respite care", () => {
    expect(failuresOf("398", file("A,V3,CB1 1AA,", "B,V4,,CB2 2BB"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes respite care without postcodes, and postcodes under another status", () => {
    expect(failuresOf("398", file("A,V3,,", "B,C2,CB1 1AA,CB2 2BB"))).toEqual([]);
  });
});
