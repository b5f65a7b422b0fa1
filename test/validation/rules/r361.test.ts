import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,DEC,LS", ...rows) });

describe("rule 361", () => {
  it("fails every episode of a run of police protection longer than 3 days, and one still open", () => {
    expect(failuresOf("361", file("A,01/05/2022,03/05/2022,L1", "A,03/05/2022,05/05/2022,L1", "B,20/03/2023,,L1"))).toEqual([
      "2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 A", "2022-23/episodes.csv:4 B",
    ]);
  });

  it("passes 3 days, two separate short runs, and other legal statuses", () => {
    expect(
      failuresOf("361", file("A,01/05/2022,04/05/2022,L1", "B,01/05/2022,03/05/2022,L1", "B,10/05/2022,12/05/2022,L1", "C,01/05/2022,,C2")),
    ).toEqual([]);
  });
});
