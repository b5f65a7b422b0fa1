import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/placed_for_adoption.csv": csv("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", ...rows) });

describe("rule 563", () => {
  it("fails a decision that ceased without its date", () => {
    expect(failuresOf("563", file("A,01/01/2018,,01/06/2022,RD1"))).toEqual(["2022-23/placed_for_adoption.csv:2 A"]);
  });

  it("passes a ceased decision with its date, and an open one", () => {
    expect(failuresOf("563", file("A,01/01/2018,01/05/2022,01/06/2022,RD1", "B,01/01/2018,01/05/2022,,"))).toEqual([]);
  });
});
