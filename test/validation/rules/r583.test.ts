import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/placed_for_adoption.csv": csv("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", ...rows) });

describe("rule 583", () => {
  it("fails an earlier decision left open, the latest by date not by text", () => {
    expect(failuresOf("583", file("A,01/01/2018,01/05/2022,,", "A,01/01/2018,02/04/2022,,"))).toEqual(["2022-23/placed_for_adoption.csv:3 A"]);
  });

  it("passes earlier decisions that ceased, and two open on the same latest day taken one as latest", () => {
    expect(failuresOf("583", file("A,01/01/2018,01/05/2022,,", "A,01/01/2018,02/04/2022,10/04/2022,RD1", "B,01/01/2018,01/05/2022,03/05/2022,RD1", "B,01/01/2018,01/05/2022,,"))).toEqual([]);
  });
});
