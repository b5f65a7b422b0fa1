import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
const folder = (last: string[], now: string[]) => ({
  "2021-22/header.csv": csv(HEADER, ...last),
  "2022-23/header.csv": csv(HEADER, ...now),
  "2022-23/episodes.csv": csv("CHILD,DECOM", "A,01/05/2022", "B,01/05/2022"),
});

describe("rule 624", () => {
  it("fails a first child's date of birth other than last year's, or blank now", () => {
    expect(failuresOf("624", folder(["A,2,01/01/2005,WBRI,UPN1,1,01/01/2021", "B,2,01/01/2005,WBRI,UPN1,1,01/01/2021"], ["A,2,01/01/2005,WBRI,UPN1,1,02/01/2021", "B,2,01/01/2005,WBRI,UPN1,1,"]))).toEqual(["2022-23/header.csv:2 A", "2022-23/header.csv:3 B"]);
  });

  it("passes the same day however written, and one recorded for the first time", () => {
    expect(failuresOf("624", folder(["A,2,01/01/2005,WBRI,UPN1,1,01/01/2021", "B,2,01/01/2005,WBRI,UPN1,0,"], ["A,2,01/01/2005,WBRI,UPN1,1,1/1/2021", "B,2,01/01/2005,WBRI,UPN1,1,01/06/2022"]))).toEqual([]);
  });
});
