import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,LS", ...rows) });

describe("rule 446", () => {
  it("fails E1 on an episode before 1 December 2005", () => {
    expect(failuresOf("446", file("A,30/11/2005,E1"))).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes E1 from 1 December 2005, other statuses, and a DECOM it cannot read", () => {
    expect(failuresOf("446", file("A,01/12/2005,E1", "B,30/11/2005,C2", "C,2005-11-30,E1"))).toEqual([]);
  });
});
