import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,DEC,LS", ...rows) });

describe("rule 367", () => {
  it("fails every respite episode of a child with more than 75 days of respite in the year", () => {
    expect(failuresOf("367", file("A,01/05/2022,01/06/2022,V3", "A,01/07/2022,15/08/2022,V3", "B,01/01/2023,,V3"))).toEqual([
      "2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 A", "2022-23/episodes.csv:4 B",
    ]);
  });

  it("passes 75 days, counting only the days in the year", () => {
    expect(failuresOf("367", file("A,01/05/2022,01/06/2022,V3", "A,01/07/2022,13/08/2022,V3", "B,01/01/2022,15/06/2022,V3", "C,01/01/2023,,V4"))).toEqual([]);
  });
});
