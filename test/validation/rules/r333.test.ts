import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const ad1 = (...rows: string[]) => ({ "2022-23/ad1.csv": csv("CHILD,DATE_INT,DATE_MATCH", ...rows) });

describe("rule 333", () => {
  it("fails a match without a decision date, or before it", () => {
    expect(failuresOf("333", ad1("A,,01/05/2022", "B,02/05/2022,01/05/2022", "C,2022-04-01,01/05/2022"))).toEqual([
      "2022-23/ad1.csv:2 A", "2022-23/ad1.csv:3 B", "2022-23/ad1.csv:4 C",
    ]);
  });

  it("passes a decision on or before the match, and no match", () => {
    expect(failuresOf("333", ad1("A,01/05/2022,01/05/2022", "B,01/04/2022,", "C,,"))).toEqual([]);
  });
});
