import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc2.csv": csv("CHILD,DOB,SDQ_SCORE,SDQ_REASON", ...rows) });

describe("rule 189", () => {
  it("fails a score or reason for one 17 before 1 April 2022", () => {
    expect(failuresOf("189", file("A,31/03/2005,12,", "B,31/03/2005,,SDQ1"))).toEqual(["2022-23/oc2.csv:2 A", "2022-23/oc2.csv:3 B"]);
  });

  it("passes one 17 on 1 April itself, no score or reason, and a DOB it cannot read", () => {
    expect(failuresOf("189", file("A,01/04/2005,12,", "B,31/03/2005,,", "C,2005-03-31,12,"))).toEqual([]);
  });
});
