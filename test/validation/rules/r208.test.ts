import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
const folder = (last: string[], now: string[]) => ({
  "2021-22/header.csv": csv(HEADER, ...last),
  "2022-23/header.csv": csv(HEADER, ...now),
  "2022-23/episodes.csv": csv("CHILD,DECOM", "A,01/05/2022", "B,01/05/2022"),
});

describe("rule 208", () => {
  it("fails a UPN other than last year's, and a known UPN replaced by an unknown code", () => {
    expect(failuresOf("208", folder(["A,1,01/01/2010,WBRI,A123,,", "B,1,01/01/2010,WBRI,B123,,"], ["A,1,01/01/2010,WBRI,A124,,", "B,1,01/01/2010,WBRI,UN2,,"]))).toEqual(["2022-23/header.csv:2 A", "2022-23/header.csv:3 B"]);
  });

  it("passes the same UPN, UN1 or none becoming a reason (UN2–UN5), and unknown becoming known", () => {
    expect(failuresOf("208", folder(["A,1,01/01/2010,WBRI,A123,,", "B,1,01/01/2010,WBRI,UN1,,", "C,1,01/01/2010,WBRI,UN3,,"], ["A,1,01/01/2010,WBRI,a123,,", "B,1,01/01/2010,WBRI,UN4,,", "C,1,01/01/2010,WBRI,C123,,"]))).toEqual([]);
  });
});
