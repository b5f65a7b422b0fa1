import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (last: string[], now: string[]) => ({
  "2021-22/episodes.csv": csv("CHILD,DECOM,DEC", ...last),
  "2022-23/episodes.csv": csv("CHILD,DECOM,DEC", ...now),
});

describe("rule 502", () => {
  it("fails a first episode that does not start when last year's open episode did", () => {
    expect(failuresOf("502", folder(["A,01/05/2021,"], ["A,02/05/2021,", "A,01/06/2022,"]))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes the same start, last year's ended episodes, and a child new this year", () => {
    expect(failuresOf("502", folder(["A,01/05/2021,", "B,01/05/2021,01/06/2021"], ["A,01/05/2021,", "B,01/05/2022,", "C,01/05/2022,"]))).toEqual([]);
  });
});
