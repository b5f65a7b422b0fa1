import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,PLACE,LS", ...rows) });

describe("rule 408", () => {
  it("fails a placement for adoption under a placement order without legal status E1", () => {
    expect(failuresOf("408", file("A,A5,C2", "B,A6,"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes E1, and a placement for adoption with consent under another status", () => {
    expect(failuresOf("408", file("A,A5,E1", "B,A3,C2"))).toEqual([]);
  });
});
