import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
const folder = (last: string[], now: string[]) => ({
  "2021-22/header.csv": csv(HEADER, ...last),
  "2022-23/header.csv": csv(HEADER, ...now),
  "2022-23/episodes.csv": csv("CHILD,DECOM", "A,01/05/2022", "B,01/05/2022"),
});

describe("rule 626", () => {
  it("fails a new mother whose first child was born before the year", () => {
    expect(failuresOf("626", folder(["A,2,01/01/2005,WBRI,UPN1,0,"], ["A,2,01/01/2005,WBRI,UPN1,1,01/03/2022"]))).toEqual(["2022-23/header.csv:2 A"]);
  });

  it("passes a first child born in the year, and a mother last year too", () => {
    expect(failuresOf("626", folder(["A,2,01/01/2005,WBRI,UPN1,0,", "B,2,01/01/2005,WBRI,UPN1,1,01/03/2022"], ["A,2,01/01/2005,WBRI,UPN1,1,01/04/2022", "B,2,01/01/2005,WBRI,UPN1,1,01/03/2022"]))).toEqual([]);
  });
});
