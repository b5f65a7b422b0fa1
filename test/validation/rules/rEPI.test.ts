import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

describe("rule EPI", () => {
  it("fails a child in the header with neither episodes nor care-leaver rows", () => {
    const folder = { "2022-23/header.csv": csv("CHILD,SEX,DOB", "A,1,01/01/2010", "B,1,01/01/2004", "C,1,01/01/2010"), "2022-23/episodes.csv": csv("CHILD,DECOM", "A,01/05/2022"), "2022-23/oc3.csv": csv("CHILD,DOB,IN_TOUCH", "B,01/01/2004,YES") };
    expect(failuresOf("EPI", folder)).toEqual(["2022-23/header.csv:4 C"]);
  });

  it("passes children with episodes; on a header alone, with no episodes file, every child fails", () => {
    expect(failuresOf("EPI", { "2022-23/header.csv": csv("CHILD,SEX,DOB", "A,1,01/01/2010"), "2022-23/episodes.csv": csv("CHILD,DECOM", "A,01/05/2022") })).toEqual([]);
    expect(failuresOf("EPI", { "2022-23/header.csv": csv("CHILD,SEX,DOB", "A,1,01/01/2010") })).toEqual(["2022-23/header.csv:2 A"]);
  });
});
