import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const episodes = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,DEC", ...rows) });

describe("rule 356", () => {
  it("fails an episode that ceased before it began", () => {
    expect(failuresOf("356", episodes("A,02/05/2022,01/05/2022"))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes one that ceased the day it began, an open one, and one whose end is not a date", () => {
    expect(failuresOf("356", episodes("A,02/05/2022,02/05/2022", "B,02/05/2022,", "C,02/05/2022,2022-05-01"))).toEqual([]);
  });
});
