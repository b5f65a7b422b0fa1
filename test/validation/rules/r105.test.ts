import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

describe("rule 105", () => {
  it("flags nothing in a CSV return, even a header with a UASC column the DfE's CSV layout does not have", () => {
    const files = { "2022-23/header.csv": csv("CHILD,SEX,DOB,ETHNIC,UASC", "A,1,01/01/2010,WBRI,", "B,1,01/01/2010,WBRI,Y") };
    expect(failuresOf("105", files)).toEqual([]);
  });
});
