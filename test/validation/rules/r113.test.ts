import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/ad1.csv": csv("CHILD,DATE_MATCH", ...rows) });

describe("rule 113", () => {
  it("fails a DATE_MATCH that is not a DD/MM/YYYY date: ISO, two-digit year, impossible day, text", () => {
    expect(failuresOf("113", file("A,2022-05-01", "B,01/05/22", "C,31/02/2023", "D,soon"))).toEqual([
      "2022-23/ad1.csv:2 A", "2022-23/ad1.csv:3 B", "2022-23/ad1.csv:4 C", "2022-23/ad1.csv:5 D",
    ]);
  });

  it("passes a real date, one without leading zeros, and a blank", () => {
    expect(failuresOf("113", file("A,01/05/2022", "B,1/5/2022", "C,"))).toEqual([]);
  });
});
