import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,REC,RNE", ...rows) });

describe("rule 432", () => {
  it("fails an episode after the child left care that does not start a period of care", () => {
    expect(failuresOf("432", file("A,01/05/2022,E4A,S", "A,01/06/2022,,P", "B,01/05/2022,E13,S", "B,01/06/2022,,"))).toEqual([
      "2022-23/episodes.csv:3 A", "2022-23/episodes.csv:5 B",
    ]);
  });

  it("passes a new period after leaving care, and a continuation after X1", () => {
    expect(failuresOf("432", file("A,01/05/2022,E4A,S", "A,01/06/2022,,S", "B,01/05/2022,X1,S", "B,01/06/2022,,P"))).toEqual([]);
  });
});
