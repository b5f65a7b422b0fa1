import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const COLUMNS = "CHILD,DECOM,DEC,REC";
const folder = (last: string[], now: string[]) => ({ "2021-22/episodes.csv": csv(COLUMNS, ...last), "2022-23/episodes.csv": csv(COLUMNS, ...now) });

describe("rule NoE", () => {
  it("fails an episode begun before the year of a child with no episodes last year", () => {
    expect(failuresOf("NoE", folder(["B,01/05/2021,,"], ["A,01/05/2021,,"]))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes a child with episodes last year, and an episode begun in the year", () => {
    expect(failuresOf("NoE", folder(["A,01/05/2021,,"], ["A,01/05/2021,,", "C,01/05/2022,,"]))).toEqual([]);
  });
});
