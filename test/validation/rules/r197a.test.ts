import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/oc2.csv": csv("CHILD,SDQ_SCORE,SDQ_REASON", ...rows) });

describe("rule 197a", () => {
  it("fails a score with a reason for no score", () => {
    expect(failuresOf("197a", file("A,12,SDQ1"))).toEqual(["2022-23/oc2.csv:2 A"]);
  });

  it("passes either alone, or neither", () => {
    expect(failuresOf("197a", file("A,12,", "B,,SDQ1", "C,,"))).toEqual([]);
  });
});
