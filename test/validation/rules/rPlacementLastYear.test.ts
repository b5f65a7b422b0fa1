import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";
import { EPISODE_COLUMNS, REFERENCE } from "./referenceFixture.js";

/** This year's first episode against last year's open one, on the derived items: 452, 453, 503G, 503H, 503J. */
const folder = (last: string[], now: string[]) => ({
  "2021-22/episodes.csv": csv(EPISODE_COLUMNS, ...last),
  "2022-23/episodes.csv": csv(EPISODE_COLUMNS, ...now),
});
const withReference = { referenceData: REFERENCE };
const OPEN_IN_OUR_AREA = "A,01/05/2021,S,C2,K2,PR1,,PE1 1AA,PE2 2BB,";
const MOVED_TO_CAMBRIDGE = "A,01/05/2021,S,C2,K2,PR1,,PE1 1AA,CB1 1AA,";
const SAME_PLACE = "A,01/05/2021,S,C2,K2,PR1,,PE1 1AA,PE2 2BB,";

describe("the derived items carry on from last year's open episode", () => {
  it("452, 453, 503G, 503H and 503J fail a first episode placed elsewhere with the same reason for new episode", () => {
    for (const code of ["452", "453", "503G", "503H", "503J"]) expect(failuresOf(code, folder([OPEN_IN_OUR_AREA], [MOVED_TO_CAMBRIDGE, "A,01/06/2022,P,C2,K2,PR1,,PE1 1AA,PE2 2BB,"]), withReference), code).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("pass the same placement, and a last year's episode that ended", () => {
    for (const code of ["452", "453", "503G", "503H", "503J"]) {
      expect(failuresOf(code, folder([OPEN_IN_OUR_AREA], [SAME_PLACE]), withReference), code).toEqual([]);
      expect(failuresOf(code, folder(["A,01/05/2021,S,C2,K2,PR1,01/06/2021,PE1 1AA,PE2 2BB,"], [MOVED_TO_CAMBRIDGE]), withReference), code).toEqual([]);
    }
  });

  it("452 and 453 pass a new reason for new episode, which 503G and 503H still check", () => {
    const files = folder([OPEN_IN_OUR_AREA], ["A,01/05/2021,P,C2,K2,PR1,,PE1 1AA,CB1 1AA,"]);
    expect([failuresOf("452", files, withReference), failuresOf("453", files, withReference)]).toEqual([[], []]);
    expect([failuresOf("503G", files, withReference), failuresOf("503H", files, withReference)]).toEqual([["2022-23/episodes.csv:2 A"], ["2022-23/episodes.csv:2 A"]]);
  });

  it("453 passes a change under 0.2 miles, and fails a distance only this year has", () => {
    const reference = { referenceData: { ...REFERENCE, postcodes: new Map([...REFERENCE.postcodes!, ["PE23BB", { la: "E06000031", easting: 519000, northing: 301400 }]]) } };
    expect(failuresOf("453", folder([OPEN_IN_OUR_AREA], ["A,01/05/2021,S,C2,K2,PR1,,PE1 1AA,PE2 3BB,"]), reference)).toEqual([]);
    expect(failuresOf("453", folder(["A,01/05/2021,S,C2,K2,PR1,,PE1 1AA,XX1 1XX,"], [SAME_PLACE]), withReference)).toEqual(["2022-23/episodes.csv:2 A"]);
  });
});
