import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,DEC,RNE", ...rows) });

describe("rule 431", () => {
  it("fails a new period of care starting the day the previous episode ended", () => {
    expect(failuresOf("431", file("A,10/05/2022,,S", "A,01/05/2022,10/05/2022,S"))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes a new period starting later, and a continuation the same day", () => {
    expect(failuresOf("431", file("A,01/05/2022,10/05/2022,S", "A,11/05/2022,,S", "B,01/05/2022,10/05/2022,S", "B,10/05/2022,,P"))).toEqual([]);
  });
});
