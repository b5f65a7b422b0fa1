import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/placed_for_adoption.csv": csv("CHILD,DATE_PLACED_CEASED,REASON_PLACED_CEASED", ...rows) });

describe("rule 119", () => {
  it("fails a row where only some of DATE_PLACED_CEASED,REASON_PLACED_CEASED are given", () => {
    expect(failuresOf("119", file("A,01/05/2022,", "B,,RD1"))).toEqual(["2022-23/placed_for_adoption.csv:2 A", "2022-23/placed_for_adoption.csv:3 B"]);
  });

  it("passes a row with all of them and a row with none", () => {
    expect(failuresOf("119", file("A,01/05/2022,RD1", "B,,"))).toEqual([]);
  });
});
