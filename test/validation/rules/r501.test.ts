import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,DEC", ...rows) });

describe("rule 501", () => {
  it("fails an episode that starts before the previous one ended, in DECOM order whatever the file order", () => {
    expect(failuresOf("501", file("A,10/05/2022,", "A,01/05/2022,20/05/2022", "B,01/05/2022,03/05/2022", "B,02/05/2022,"))).toEqual([
      "2022-23/episodes.csv:2 A", "2022-23/episodes.csv:5 B",
    ]);
  });

  it("passes an episode starting the day the last ended, other children's episodes, and dates it cannot read", () => {
    expect(failuresOf("501", file("A,01/05/2022,20/05/2022", "A,20/05/2022,", "B,01/05/2022,", "C,2022-05-01,20/05/2022", "C,02/05/2022,"))).toEqual([]);
  });
});
