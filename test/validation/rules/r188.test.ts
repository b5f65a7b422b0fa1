import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc2.csv": csv("CHILD,DOB,SDQ_SCORE,SDQ_REASON", ...rows) });

describe("rule 188", () => {
  it("fails a score or a reason for a child 4 only after 31 March 2023", () => {
    expect(failuresOf("188", file("A,01/04/2019,12,", "B,01/04/2019,,SDQ1"))).toEqual(["2022-23/oc2.csv:2 A", "2022-23/oc2.csv:3 B"]);
  });

  it("passes a child 4 by 31 March, no score or reason, and a DOB it cannot read", () => {
    expect(failuresOf("188", file("A,31/03/2019,12,", "B,01/04/2019,,", "C,2019-04-01,12,"))).toEqual([]);
  });
});
