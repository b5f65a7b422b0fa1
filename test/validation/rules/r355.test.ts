import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,DEC", ...rows) });

describe("rule 355", () => {
  it("fails an episode that ends the day it starts", () => {
    expect(failuresOf("355", file("A,01/05/2022,01/05/2022"))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes a longer episode and an open one", () => {
    expect(failuresOf("355", file("A,01/05/2022,02/05/2022", "B,01/05/2022,"))).toEqual([]);
  });
});
