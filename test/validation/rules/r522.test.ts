import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const placed = (...rows: string[]) => ({ "2022-23/placed_for_adoption.csv": csv("CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", ...rows) });

describe("rule 522", () => {
  it("fails a decision to place that came after the decision to stop", () => {
    expect(failuresOf("522", placed("A,02/05/2022,01/05/2022,RD1"))).toEqual(["2022-23/placed_for_adoption.csv:2 A"]);
  });

  it("passes the same day, no ceasing, and dates it cannot read", () => {
    expect(failuresOf("522", placed("A,02/05/2022,02/05/2022,RD1", "B,02/05/2022,,", "C,2022-05-02,01/05/2022,RD1"))).toEqual([]);
  });
});
