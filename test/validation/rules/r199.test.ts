import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (last: string[], now: string[]) => ({
  "2021-22/episodes.csv": csv("CHILD,DECOM,DEC,REC", ...last),
  "2022-23/episodes.csv": csv("CHILD,DECOM,DEC,REC", ...now),
});

describe("rule 199", () => {
  it("fails an episode after a child's adoption, last year's included, and a second adoption", () => {
    expect(failuresOf("199", folder(["A,01/05/2021,01/09/2021,E11"], ["A,01/05/2022,,", "B,01/05/2022,01/06/2022,E12", "B,01/07/2022,01/08/2022,E11"]))).toEqual([
      "2022-23/episodes.csv:2 A", "2022-23/episodes.csv:4 B",
    ]);
  });

  it("passes a first adoption and episodes before it, and runs without last year's episodes", () => {
    expect(failuresOf("199", folder(["A,01/05/2021,01/09/2021,X1"], ["A,01/09/2021,01/06/2022,E11", "B,01/05/2022,,"]))).toEqual([]);
    expect(failuresOf("199", { "2022-23/episodes.csv": csv("CHILD,DECOM,DEC,REC", "A,01/05/2022,01/06/2022,E11") })).toEqual([]);
  });
});
