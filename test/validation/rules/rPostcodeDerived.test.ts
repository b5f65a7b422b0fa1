import { describe, expect, it } from "vitest";
import { csv, failuresOf } from "../ruleFixture.js";
import { EPISODE_COLUMNS, REFERENCE } from "./referenceFixture.js";

/** Rules on the placement LA, location and distance the DfE derives from the postcodes: 169, 179, 392c, 411, 420, 454, 1015. */
const episodes = (year: string, ...rows: string[]) => ({ [`${year}/episodes.csv`]: csv(EPISODE_COLUMNS, ...rows) });
const withReference = { referenceData: REFERENCE };

describe("rules on the derived placement LA and location", () => {
  it("169 fails an episode whose placement postcode is blank, unknown or in no council; passes respite and a known one", () => {
    const files = episodes("2022-23", "A,01/05/2022,S,C2,U1,PR1,,PE1 1AA,XX1 1XX,", "B,01/05/2022,S,C2,U1,PR1,,PE1 1AA,JE2 3AA,", "C,01/05/2022,S,C2,U1,PR1,,PE1 1AA,,", "D,01/05/2022,S,C2,U1,PR1,,PE1 1AA,pe2 2bb,", "E,01/05/2022,S,V3,U1,PR1,,PE1 1AA,XX1 1XX,");
    expect(failuresOf("169", files, withReference)).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B", "2022-23/episodes.csv:4 C"]);
  });

  it("169 is skipped without the postcode directory", () => {
    expect(failuresOf("169", episodes("2022-23", "A,01/05/2022,S,C2,U1,PR1,,PE1 1AA,XX1 1XX,"))).toBe("skipped: needs the postcode reference data");
  });

  it("179 fails a placement postcode the directory lacks; one in Jersey is OUT, so passes", () => {
    const files = episodes("2022-23", "A,01/05/2022,S,C2,U1,PR1,,PE1 1AA,XX1 1XX,", "B,01/05/2022,S,C2,U1,PR1,,PE1 1AA,JE2 3AA,", "C,01/05/2022,S,V4,U1,PR1,,PE1 1AA,,");
    expect(failuresOf("179", files, withReference)).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("420 fails a respite episode with a placement LA; passes respite without one, and others with one", () => {
    const files = episodes("2022-23", "A,01/05/2022,S,V3,U1,PR1,,PE1 1AA,PE2 2BB,", "B,01/05/2022,S,V3,U1,PR1,,PE1 1AA,XX1 1XX,", "C,01/05/2022,S,C2,U1,PR1,,PE1 1AA,PE2 2BB,");
    expect(failuresOf("420", files, withReference)).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("392c fails a home or placement postcode the directory lacks; blanks pass", () => {
    const files = episodes("2022-23", "A,01/05/2022,S,C2,U1,PR1,,XX1 1XX,PE2 2BB,", "B,01/05/2022,S,C2,U1,PR1,,PE1 1AA,XX1 1XX,", "C,01/05/2022,S,C2,U1,PR1,,,", "D,01/05/2022,S,C2,U1,PR1,,PE1  1AA,PE22BB,");
    expect(failuresOf("392c", files, withReference)).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("411 passes the derived location, which always agrees; a PL_LOCATION column saying IN for a placement elsewhere fails", () => {
    expect(failuresOf("411", episodes("2022-23", "A,01/05/2022,S,C2,U1,PR1,,PE1 1AA,PE2 2BB,", "B,01/05/2022,S,C2,U1,PR1,,PE1 1AA,CB1 1AA,"), withReference)).toEqual([]);
    const files = { "2022-23/episodes.csv": csv(`${EPISODE_COLUMNS},PL_LOCATION`, "A,01/05/2022,S,C2,U1,PR1,,PE1 1AA,CB1 1AA,,IN", "B,01/05/2022,S,C2,U1,PR1,,PE1 1AA,PE2 2BB,,IN", "C,01/05/2022,S,C2,U1,PR1,,PE1 1AA,CB1 1AA,,OUT") };
    expect(failuresOf("411", files, withReference)).toEqual(["2022-23/episodes.csv:2 A"]);
  });

  it("411 and 1015 are skipped without the council's code", () => {
    const files = episodes("2022-23", "A,01/05/2022,S,C2,K2,PR1,,PE1 1AA,CB1 1AA,");
    expect(failuresOf("1015", files, { referenceData: { postcodes: REFERENCE.postcodes } })).toBe("skipped: needs the local authority code");
  });

  it("1015 fails own provision placed outside the council (or where the DfE cannot place it); passes fostering, respite and blanks", () => {
    const files = episodes(
      "2022-23",
      "A,01/05/2022,S,C2,K2,PR1,,PE1 1AA,CB1 1AA,",
      "B,01/05/2022,S,C2,K2,PR1,,PE1 1AA,XX1 1XX,",
      "C,01/05/2022,S,C2,K2,PR1,,PE1 1AA,PE2 2BB,",
      "D,01/05/2022,S,C2,U1,PR1,,PE1 1AA,CB1 1AA,",
      "E,01/05/2022,S,V3,K2,PR1,,PE1 1AA,CB1 1AA,",
      "F,01/05/2022,S,C2,K2,PR2,,PE1 1AA,CB1 1AA,",
      "G,01/05/2022,S,,K2,PR1,,PE1 1AA,CB1 1AA,",
    );
    expect(failuresOf("1015", files, withReference)).toEqual(["2022-23/episodes.csv:2 A", "2022-23/episodes.csv:3 B"]);
  });

  it("454 (2025-26) fails a placement over 350 miles from home; Edinburgh, 262.4 miles, passes", () => {
    const files = episodes("2025-26", "A,01/05/2025,S,C2,U1,PR1,,PE1 1AA,ZE1 0AA,", "B,01/05/2025,S,C2,U1,PR1,,PE1 1AA,EH1 1AA,");
    expect(failuresOf("454", files, withReference)).toEqual(["2025-26/episodes.csv:2 A"]);
  });
});
