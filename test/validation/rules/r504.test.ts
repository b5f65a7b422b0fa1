import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,DEC,REC,CIN", ...rows) });

describe("rule 504", () => {
  it("fails a continuation episode whose category of need differs, two blanks included", () => {
    expect(failuresOf("504", file("A,01/05/2022,10/05/2022,X1,N1", "A,10/05/2022,,,N2", "B,01/05/2022,10/05/2022,X1,", "B,10/05/2022,,,"))).toEqual([
      "2022-23/episodes.csv:3 A", "2022-23/episodes.csv:5 B",
    ]);
  });

  it("passes the same category, and a new period of care with another", () => {
    expect(failuresOf("504", file("A,01/05/2022,10/05/2022,X1,N1", "A,10/05/2022,,,N1", "B,01/05/2022,10/05/2022,E11,N1", "B,10/06/2022,,,N2"))).toEqual([]);
  });
});
