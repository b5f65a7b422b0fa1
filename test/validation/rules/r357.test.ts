import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,RNE", ...rows) });

describe("rule 357", () => {
  it("fails a child's first episode, started in the year, that does not start a period of care", () => {
    expect(failuresOf("357", file("A,01/06/2022,P", "A,01/05/2022,P", "B,01/04/2022,"))).toEqual(["2022-23/episodes.csv:3 A", "2022-23/episodes.csv:4 B"]);
  });

  it("passes a first episode starting a period, one started before the year, and later episodes", () => {
    expect(failuresOf("357", file("A,01/05/2022,S", "A,01/06/2022,P", "B,31/03/2022,P", "C,2022-05-01,P"))).toEqual([]);
  });
});
