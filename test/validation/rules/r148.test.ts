import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DEC,REC", ...rows) });

describe("rule 148", () => {
  it("fails a row where only some of DEC,REC are given", () => {
    expect(failuresOf("148", file("A,01/05/2022,", "B,,E11"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes a row with all of them and a row with none", () => {
    expect(failuresOf("148", file("A,01/05/2022,E11", "B,,"))).toEqual([]);
  });
});
