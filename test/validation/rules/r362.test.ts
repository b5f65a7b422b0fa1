import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,DEC,LS", ...rows) });

describe("rule 362", () => {
  it("fails an emergency protection order longer than 21 days, across a placement move", () => {
    expect(failuresOf("362", file("A,01/05/2022,15/05/2022,L2", "A,15/05/2022,25/05/2022,L2"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 A"]);
  });

  it("passes 21 days, and two orders with a gap between them", () => {
    expect(failuresOf("362", file("A,01/05/2022,22/05/2022,L2", "B,01/05/2022,15/05/2022,L2", "B,20/05/2022,30/05/2022,L2"))).toEqual([]);
  });
});
