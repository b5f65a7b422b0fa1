import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const COLUMNS = "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED";
const folder = (last: string[], now: string[]) => ({ "2021-22/placed_for_adoption.csv": csv(COLUMNS, ...last), "2022-23/placed_for_adoption.csv": csv(COLUMNS, ...now) });

describe("rule 559", () => {
  it("fails a decision dated before the year that last year's return does not date", () => {
    expect(failuresOf("559", folder(["A,01/01/2018,,,"], ["A,01/01/2018,01/03/2022,,", "B,01/01/2018,01/03/2022,,"]))).toEqual(["2022-23/placed_for_adoption.csv:2 A", "2022-23/placed_for_adoption.csv:3 B"]);
  });

  it("passes one last year dated, and a decision in the year", () => {
    expect(failuresOf("559", folder(["A,01/01/2018,01/03/2022,,"], ["A,01/01/2018,01/03/2022,,", "B,01/01/2018,01/05/2022,,"]))).toEqual([]);
  });
});
