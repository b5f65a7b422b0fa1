import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,DEC,REC", ...rows) });

describe("rule 142", () => {
  it("fails an earlier episode left open or without a reason, whatever the file order", () => {
    expect(failuresOf("142", file("A,10/05/2022,,", "A,01/05/2022,,", "B,01/05/2022,09/05/2022,", "B,10/05/2022,,"))).toEqual([
      "2022-23/episodes.csv:3 A", "2022-23/episodes.csv:4 B",
    ]);
  });

  it("counts an episode whose DECOM it cannot read as the latest, as the DfE's tool sorts it last", () => {
    expect(failuresOf("142", file("A,2022-05-01,,", "A,10/05/2022,,"))).toEqual(["2022-23/episodes.csv:3 A"]);
  });

  it("passes ended episodes, and the latest left open", () => {
    expect(failuresOf("142", file("A,01/05/2022,09/05/2022,P1", "A,10/05/2022,,", "B,10/05/2022,,"))).toEqual([]);
  });
});
