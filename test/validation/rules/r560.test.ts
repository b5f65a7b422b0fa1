import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const COLUMNS = "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED";
const folder = (last: string[], now: string[]) => ({ "2021-22/placed_for_adoption.csv": csv(COLUMNS, ...last), "2022-23/placed_for_adoption.csv": csv(COLUMNS, ...now) });

describe("rule 560", () => {
  it("fails a decision open last year whose date changed", () => {
    expect(failuresOf("560", folder(["A,01/01/2018,01/03/2022,,"], ["A,01/01/2018,02/03/2022,,"]))).toEqual(["2022-23/placed_for_adoption.csv:2 A"]);
  });

  it("passes the same day however written, and a decision that ceased last year", () => {
    expect(failuresOf("560", folder(["A,01/01/2018,01/03/2022,,", "B,01/01/2018,01/03/2021,01/04/2021,RD1"], ["A,01/01/2018,1/3/2022,,", "B,01/01/2018,01/05/2022,,"]))).toEqual([]);
  });
});
