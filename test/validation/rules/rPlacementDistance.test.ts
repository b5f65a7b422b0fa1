import { describe, expect, it } from "vitest";
import { parsePostcodeDirectory } from "../../../src/validation/reference/postcodeDirectory.js";
import { csv, failuresOf } from "../ruleFixture.js";
import { EPISODE_COLUMNS, POSTCODE_DIRECTORY, REFERENCE } from "./referenceFixture.js";

/** Rules on the placement distance, which UASC children (this year or last) should not have: 164, 392a, 406. */
const folder = (rows: string[], uasc: string[] = [], uascLast: string[] = []) => ({
  "2021-22/header.csv": csv("CHILD,SEX,DOB", "U,1,01/01/2006", "V,1,01/01/2006"),
  "2021-22/uasc.csv": csv("CHILD,SEX,DOB,DUC", ...uascLast),
  "2022-23/header.csv": csv("CHILD,SEX,DOB", "A,1,01/01/2010", "B,1,01/01/2010", "U,1,01/01/2006", "V,1,01/01/2006"),
  "2022-23/uasc.csv": csv("CHILD,SEX,DOB,DUC", ...uasc),
  "2022-23/episodes.csv": csv(EPISODE_COLUMNS, ...rows),
});
const withReference = { referenceData: REFERENCE };

describe("rule 392a", () => {
  it("fails an episode with no distance (a postcode blank or unknown)", () => {
    expect(failuresOf("392a", folder(["A,01/05/2022,S,C2,U1,PR1,,PE1 1AA,XX1 1XX,", "B,01/05/2022,S,C2,U1,PR1,,,PE2 2BB,"]), withReference)).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("passes a distance, respite, and children in this year's or last year's UASC table", () => {
    const rows = ["A,01/05/2022,S,C2,U1,PR1,,PE1 1AA,PE2 2BB,", "B,01/05/2022,S,V3,U1,PR1,,,,", "U,01/05/2022,S,C2,U1,PR1,,,,", "V,01/05/2022,S,C2,U1,PR1,,,,"];
    expect(failuresOf("392a", folder(rows, ["U,1,01/01/2006,"], ["V,1,01/01/2006,"]), withReference)).toEqual([]);
  });
});

describe("rule 406", () => {
  it("fails a distance for a child UASC this year or last", () => {
    const rows = ["U,01/05/2022,S,C2,U1,PR1,,PE1 1AA,PE2 2BB,", "V,01/05/2022,S,C2,U1,PR1,,PE1 1AA,CB1 1AA,", "A,01/05/2022,S,C2,U1,PR1,,PE1 1AA,PE2 2BB,", "U,01/06/2022,S,C2,U1,PR1,,,PE2 2BB,"];
    expect(failuresOf("406", folder(rows, ["U,1,01/01/2006,"], ["V,1,01/01/2006,"]), withReference)).toEqual(["2022-23/episodes.csv:2 U", "2022-23/episodes.csv:3 V"]);
  });

  it("flags nothing when no year gives a UASC status (a header without the column, no UASC table)", () => {
    const files = { "2022-23/header.csv": csv("CHILD,SEX,DOB", "U,1,01/01/2006"), "2022-23/episodes.csv": csv(EPISODE_COLUMNS, "U,01/05/2022,S,C2,U1,PR1,,PE1 1AA,PE2 2BB,") };
    expect(failuresOf("406", files, withReference)).toEqual([]);
  });
});

describe("rule 164", () => {
  const far = { ...REFERENCE, postcodes: parsePostcodeDirectory(POSTCODE_DIRECTORY + "ZZ9 9ZZ,E06000031,E99999999,519000,1998000\n", "postcodes.csv") };

  it("fails a distance over 999.9 miles (a grid reference gone wrong) for a child not UASC", () => {
    expect(failuresOf("164", folder(["A,01/05/2022,S,C2,U1,PR1,,PE1 1AA,ZZ9 9ZZ,", "B,01/05/2022,S,C2,U1,PR1,,PE1 1AA,ZE1 0AA,"]), { referenceData: far })).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("passes the same distance for a UASC child", () => {
    expect(failuresOf("164", folder(["U,01/05/2022,S,C2,U1,PR1,,PE1 1AA,ZZ9 9ZZ,"], ["U,1,01/01/2006,"]), { referenceData: far })).toEqual([]);
  });
});
