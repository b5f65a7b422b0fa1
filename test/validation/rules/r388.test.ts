import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,DEC,REC", ...rows) });

describe("rule 388", () => {
  it("fails X1 without a next episode that day, another ending followed by one that day, and a last episode ended X1", () => {
    expect(
      failuresOf("388", file("A,01/05/2022,10/05/2022,X1", "A,12/05/2022,,", "B,01/05/2022,10/05/2022,E11", "B,10/05/2022,,", "C,01/05/2022,10/05/2022,X1")),
    ).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:4 B", "2022-23/episodes.csv:6 C"]);
  });

  it("passes X1 followed the same day, an ending followed later, and an open episode", () => {
    expect(
      failuresOf("388", file("A,01/05/2022,10/05/2022,X1", "A,10/05/2022,,", "B,01/05/2022,10/05/2022,E11", "B,20/05/2022,,", "C,01/05/2022,,")),
    ).toEqual([]);
  });
});
