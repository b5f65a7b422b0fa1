import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const episodes = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DEC", ...rows) });

describe("rule 385", () => {
  it("fails a DEC after the year ends (31 March 2023)", () => {
    expect(failuresOf("385", episodes("A,01/04/2023"))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes the last day of the year, a blank and a value that is not a date", () => {
    expect(failuresOf("385", episodes("A,31/03/2023", "B,", "C,2024-01-01"))).toEqual([]);
  });
});
