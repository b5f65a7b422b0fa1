import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,DEC,RNE", ...rows) });

describe("rule 433", () => {
  it("fails a continuation that does not start the day the previous episode ended, or after one without an end", () => {
    expect(failuresOf("433", file("A,01/05/2022,10/05/2022,S", "A,11/05/2022,,P", "B,01/05/2022,,S", "B,11/05/2022,,L"))).toEqual([
      "2022-23/episodes.csv:3 A", "2022-23/episodes.csv:5 B",
    ]);
  });

  it("passes a continuation the same day (however the date is written), and a new period", () => {
    expect(failuresOf("433", file("A,01/05/2022,10/05/2022,S", "A,10/5/2022,,T", "B,01/05/2022,10/05/2022,S", "B,20/05/2022,,S"))).toEqual([]);
  });
});
