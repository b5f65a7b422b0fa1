import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const file = (...rows: string[]) => ({ "2022-23/uasc.csv": csv("CHILD,SEX,DOB,DUC", ...rows) });

describe("rule 304", () => {
  it("fails a UASC status that ceased after the 18th birthday", () => {
    expect(failuresOf("304", file("A,1,15/06/2004,16/06/2022"))).toEqual(["2022-23/uasc.csv:2 A"]);
  });

  it("passes the birthday itself, and dates it cannot read", () => {
    expect(failuresOf("304", file("A,1,15/06/2004,15/06/2022", "B,1,2004-06-15,16/06/2022", "C,1,15/06/2004,"))).toEqual([]);
  });
});
