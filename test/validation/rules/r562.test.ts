import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const COLUMNS = "CHILD,DECOM,DEC,REC";
const folder = (last: string[], now: string[]) => ({ "2021-22/episodes.csv": csv(COLUMNS, ...last), "2022-23/episodes.csv": csv(COLUMNS, ...now) });

describe("rule 562", () => {
  it("fails a first episode begun before the year that is not last year's latest episode", () => {
    expect(failuresOf("562", folder(["A,01/05/2021,,", "B,01/05/2021,01/06/2021,X1", "B,01/06/2021,,"], ["A,02/05/2021,,", "B,01/05/2021,,"]))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes last year's latest episode carried on, and a first episode in the year", () => {
    expect(failuresOf("562", folder(["A,01/05/2021,01/06/2021,X1", "A,01/06/2021,,"], ["A,01/06/2021,,", "C,01/05/2022,,"]))).toEqual([]);
  });
});
