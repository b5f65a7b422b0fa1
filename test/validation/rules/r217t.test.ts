import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2023-24/episodes.csv": csv("CHILD,PLACE,DEC", ...rows) });

describe("rule 217t", () => {
  it("fails a P2 placement that ended after 28 October 2023 or has not ended", () => {
    expect(failuresOf("217t", file("A,P2,29/10/2023", "B,p2,", "C,P2,2023-10-01"))).toEqual([
      "2023-24/episodes.csv:2 A", "2023-24/episodes.csv:3 B", "2023-24/episodes.csv:4 C",
    ]);
  });

  it("passes a P2 placement that ended on 28 October 2023, and other placements", () => {
    expect(failuresOf("217t", file("A,P2,28/10/2023", "B,P1,"))).toEqual([]);
  });
});
