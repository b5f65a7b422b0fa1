import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/ad1.csv": csv("CHILD,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR", ...rows) });

describe("rule 151", () => {
  it("fails some items given and others blank", () => {
    expect(failuresOf("151", file("A,01/05/2022,,0,1,M1,L0"))).toEqual(["2022-23/ad1.csv:2 A"]);
  });

  it("passes all given, and all blank", () => {
    expect(failuresOf("151", file("A,01/05/2022,01/06/2022,0,1,M1,L0", "B,,,,,,"))).toEqual([]);
  });
});
