import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/placed_for_adoption.csv": csv("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", ...a), "2022-23/ad1.csv": csv("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR", ...b) });

describe("rule 525", () => {
  it("fails adoption items for a child whose decision was reversed; both rows", () => {
    expect(failuresOf("525", folder(["A,01/01/2018,01/05/2022,01/07/2022,RD1"], ["A,01/01/2018,,01/06/2022,,,,"]))).toEqual(["2022-23/ad1.csv:2 A", "2022-23/placed_for_adoption.csv:2 A"]);
  });

  it("passes a decision not reversed, and an empty AD1 row", () => {
    expect(failuresOf("525", folder(["A,01/01/2018,01/05/2022,,", "B,01/01/2018,01/05/2022,01/07/2022,RD1"], ["A,01/01/2018,01/05/2022,01/06/2022,1,2,MF,L0", "B,01/01/2018,,,,,,"]))).toEqual([]);
  });
});
