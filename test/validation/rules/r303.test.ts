import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const folder = (a: string[], b: string[]) => ({ "2022-23/header.csv": csv("CHILD,SEX,DOB,UASC", ...a), "2022-23/uasc.csv": csv("CHILD,SEX,DOB,DUC", ...b) });

describe("rule 303", () => {
  it("fails a date UASC status ceased for a child not coded UASC 1; both rows", () => {
    expect(failuresOf("303", folder(["A,1,01/01/2005,0", "B,1,01/01/2005,"], ["A,1,01/01/2005,01/01/2023", "B,1,01/01/2005,01/01/2023"]))).toEqual(["2022-23/header.csv:2 A", "2022-23/header.csv:3 B", "2022-23/uasc.csv:2 A", "2022-23/uasc.csv:3 B"]);
  });

  it("passes a header without the UASC column (the status then comes from the UASC table)", () => {
    expect(failuresOf("303", { "2022-23/header.csv": csv("CHILD,SEX,DOB", "A,1,01/01/2005"), "2022-23/uasc.csv": csv("CHILD,SEX,DOB,DUC", "A,1,01/01/2005,01/01/2023") })).toEqual([]);
  });

  it("passes UASC 1, and no date ceased", () => {
    expect(failuresOf("303", folder(["A,1,01/01/2005,1", "B,1,01/01/2005,0"], ["A,1,01/01/2005,01/01/2023", "B,1,01/01/2005,"]))).toEqual([]);
  });
});
