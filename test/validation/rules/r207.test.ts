import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";

const HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
const folder = (last: string[], now: string[]) => ({
  "2021-22/header.csv": csv(HEADER, ...last),
  "2022-23/header.csv": csv(HEADER, ...now),
  "2022-23/episodes.csv": csv("CHILD,DECOM", "A,01/05/2022", "B,01/05/2022"),
});

describe("rule 207", () => {
  it("fails a child with episodes who was a mother last year and is not recorded as one now", () => {
    expect(failuresOf("207", folder(["A,2,01/01/2005,WBRI,UPN1,1,01/01/2021"], ["A,2,01/01/2005,WBRI,UPN1,0,01/01/2021"]))).toEqual(["2022-23/header.csv:2 A"]);
  });

  it("passes a mother still recorded, and a child who was not a mother", () => {
    expect(failuresOf("207", folder(["A,2,01/01/2005,WBRI,UPN1,1,01/01/2021", "B,2,01/01/2005,WBRI,UPN1,0,"], ["A,2,01/01/2005,WBRI,UPN1,1,01/01/2021", "B,2,01/01/2005,WBRI,UPN1,1,01/06/2022"]))).toEqual([]);
  });
});
