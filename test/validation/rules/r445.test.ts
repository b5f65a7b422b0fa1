import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/episodes.csv": csv("CHILD,DECOM,LS", ...rows) });

describe("rule 445", () => {
  it("fails D1 on an episode from 1 January 2006", () => {
    expect(failuresOf("445", file("A,01/01/2006,D1", "B,01/05/2022,d1"))).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes D1 up to 31 December 2005, other statuses, and a DECOM it cannot read", () => {
    expect(failuresOf("445", file("A,31/12/2005,D1", "B,01/05/2022,C2", "C,2022-05-01,D1"))).toEqual([]);
  });
});
