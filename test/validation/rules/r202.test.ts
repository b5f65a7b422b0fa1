import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
const folder = (last: string[], now: string[]) => ({
  "2021-22/header.csv": csv(HEADER, ...last),
  "2022-23/header.csv": csv(HEADER, ...now),
  "2022-23/episodes.csv": csv("CHILD,DECOM", "A,01/05/2022", "B,01/05/2022"),
});

describe("rule 202", () => {
  it("fails a SEX other than last year's", () => {
    expect(failuresOf("202", folder(["A,1,01/01/2010,WBRI,UPN1,,"], ["A,2,01/01/2010,WBRI,UPN1,,"]))).toEqual(["2022-23/header.csv:2 A"]);
  });

  it("passes the same SEX, two blanks, and a child new this year", () => {
    expect(failuresOf("202", folder(["A,1,01/01/2010,WBRI,UPN1,,", "B,,01/01/2010,WBRI,UPN1,,"], ["A,1,01/01/2010,WBRI,UPN1,,", "B,,01/01/2010,WBRI,UPN1,,", "C,2,01/01/2010,WBRI,UPN1,,"]))).toEqual([]);
  });
});
