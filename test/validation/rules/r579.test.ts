import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/placed_for_adoption.csv": csv("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", ...rows) });

describe("rule 579", () => {
  it("fails a decision made while the one before is open or before it ceased, in date order whatever the file order", () => {
    expect(failuresOf("579", file("A,01/01/2018,01/06/2022,,", "A,01/01/2018,01/05/2022,10/06/2022,RD1", "B,01/01/2018,01/05/2022,,", "B,01/01/2018,01/07/2022,,"))).toEqual(["2022-23/placed_for_adoption.csv:2 A", "2022-23/placed_for_adoption.csv:5 B"]);
  });

  it("passes decisions one after another, a new one the day the last ceased", () => {
    expect(failuresOf("579", file("A,01/01/2018,01/05/2022,10/06/2022,RD1", "A,01/01/2018,10/06/2022,,"))).toEqual([]);
  });
});
