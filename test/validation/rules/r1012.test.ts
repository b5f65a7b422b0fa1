import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (episodes: string[], missing: string[], oc2: string[]) => ({
  "2022-23/episodes.csv": csv("CHILD,DECOM", ...episodes),
  "2022-23/missing.csv": csv("CHILD,DOB,MISSING,MIS_START", ...missing),
  "2022-23/oc2.csv": csv("CHILD,DOB", ...oc2),
});

describe("rule 1012", () => {
  it("fails rows in the other tables of a child with no episodes", () => {
    expect(failuresOf("1012", folder(["A,01/05/2022"], ["B,01/01/2010,M,01/06/2022"], ["B,01/01/2010", "A,01/01/2010"]))).toEqual(["2022-23/missing.csv:2 B", "2022-23/oc2.csv:2 B"]);
  });

  it("passes rows of children with episodes, and runs without the optional tables", () => {
    expect(failuresOf("1012", folder(["A,01/05/2022"], ["A,01/01/2010,M,01/06/2022"], ["A,01/01/2010"]))).toEqual([]);
    expect(failuresOf("1012", { "2022-23/episodes.csv": csv("CHILD,DECOM", "A,01/05/2022") })).toEqual([]);
  });
});
